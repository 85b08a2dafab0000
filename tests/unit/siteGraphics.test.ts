// @vitest-environment happy-dom
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

import { SiteIcon, SiteLogo } from '../../src/admin/SiteGraphics'
import { initialsOf } from '../../src/formats/text'
import { sanitizePluginConfig } from '../../src/defaults'

const render = (markup: string) => {
  const host = document.createElement('div')
  host.innerHTML = markup
  return host
}

describe('the admin graphics', () => {
  it("shows the site's name as text on the sign-in screen when there is no logo", () => {
    const { branding } = sanitizePluginConfig({ branding: { accentColor: '#ffd400', siteName: 'Networking @Scale' } })
    const logo = render(renderToStaticMarkup(createElement(SiteLogo, { branding })))
    expect(logo.querySelector('img')).toBeNull()
    expect(logo.textContent).toBe('NSNetworking @Scale')
    // Black text on a yellow accent: the contrasting colour, not always white.
    const mark = logo.querySelector('[aria-hidden="true"]') as HTMLElement
    expect(mark.style.background).toBe('#ffd400')
    expect(mark.style.color).toBe('#000000')
  })

  it('shows the logo image beside the name on the sign-in screen, and alone, with its alt text, in the navigation', () => {
    const { branding } = sanitizePluginConfig({ branding: { logo: { url: '/logo.svg' }, siteName: 'Conf' } })
    const logo = render(renderToStaticMarkup(createElement(SiteLogo, { branding })))
    expect(logo.querySelector('img')?.getAttribute('src')).toBe('/logo.svg')
    // Decorative there: the name is written beside it.
    expect(logo.querySelector('img')?.getAttribute('alt')).toBe('')
    expect(logo.textContent).toBe('Conf')
    const icon = render(renderToStaticMarkup(createElement(SiteIcon, { branding }))).querySelector('img')
    expect(icon?.getAttribute('src')).toBe('/logo.svg')
    expect(icon?.getAttribute('alt')).toBe('Conf')
  })

  it("gives the navigation a compact mark named after the site", () => {
    const { branding } = sanitizePluginConfig({ branding: { siteName: 'talk-notes' } })
    const icon = render(renderToStaticMarkup(createElement(SiteIcon, { branding }))).firstElementChild as HTMLElement
    expect(icon.getAttribute('role')).toBe('img')
    expect(icon.getAttribute('aria-label')).toBe('talk-notes')
    expect(icon.textContent).toBe('TN')
    expect(icon.style.color).toBe('#ffffff')
  })

  it('takes the first letter or digit of the first two words', () => {
    expect(['PyCon Berlin 2030', 'écoles', '@Scale', '42 things', 'x'].map(initialsOf)).toEqual(['PB', 'É', 'S', '4T', 'X'])
  })
})
