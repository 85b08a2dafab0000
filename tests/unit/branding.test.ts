// The `branding` option: the site's name, logo and accent, with colours that stay readable (WCAG AA).
import { colord, extend } from 'colord'
import a11yPlugin from 'colord/plugins/a11y'
import { describe, expect, it } from 'vitest'

import { sanitizePluginConfig } from '../../src/defaults'

extend([a11yPlugin])

describe('branding', () => {
  it('defaults to the plugin’s name and blue, with white text on it', () => {
    expect(sanitizePluginConfig().branding).toEqual({
      accentColor: '#0b57d0',
      accentContrast: '#ffffff',
      accentText: '#0b57d0',
      siteName: 'talk-notes',
    })
  })

  it('keeps a light accent for surfaces, puts black text on it and darkens it for text on white', () => {
    const { branding } = sanitizePluginConfig({ branding: { accentColor: 'rgb(255, 204, 0)', logo: { url: '/logo.svg' }, siteName: 'DemoCon' } })
    expect(branding.accentColor).toBe('#ffcc00')
    expect(branding.accentContrast).toBe('#000000')
    expect(colord(branding.accentText).contrast('#ffffff')).toBeGreaterThanOrEqual(4.5)
    expect(colord(branding.accentText).hue()).toBeCloseTo(colord('#ffcc00').hue(), 0)
    expect(branding.logo).toEqual({ alt: 'DemoCon', url: '/logo.svg' })
  })

  it('refuses what is no colour, an empty name and a logo without an address', () => {
    expect(() => sanitizePluginConfig({ branding: { accentColor: 'bluish' } })).toThrow(/branding.accentColor must be a CSS colour/)
    expect(() => sanitizePluginConfig({ branding: { siteName: '  ' } })).toThrow(/branding.siteName must not be empty/)
    expect(() => sanitizePluginConfig({ branding: { logo: { url: '' } } })).toThrow(/branding.logo.url/)
  })
})
