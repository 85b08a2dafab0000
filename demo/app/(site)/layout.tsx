// Root layout of the public site (its own <html>, separate from the admin panel's route group).
// Name, logo and accent come from the plugin's `branding` option; the stylesheet reads the accent
// from custom properties, so a host's CSS can theme the rest the same way.
import type { Metadata } from 'next'
import type { CSSProperties, ReactNode } from 'react'

import config from '@payload-config'
import localFont from 'next/font/local'
import Link from 'next/link'
import { siteBranding } from 'talk-notes/site'

import './site.css'

// Inter (SIL OFL 1.1), self-hosted: the variable Latin file only, preloaded, with a metric-matched fallback.
const inter = localFont({
  display: 'swap',
  src: '../../../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2',
  variable: '--font-inter',
  weight: '100 900',
})

export async function generateMetadata(): Promise<Metadata> {
  const resolved = await config
  const { siteName } = siteBranding(resolved)
  return {
    alternates: {
      types: {
        'application/atom+xml': '/feed.atom',
        'application/feed+json': '/feed.json',
        'application/rss+xml': '/feed.xml',
      },
    },
    description: 'Conference events, agendas, speakers and talk notes.',
    metadataBase: new URL(resolved.serverURL || 'http://localhost:3000'),
    title: { default: siteName, template: `%s · ${siteName}` },
  }
}

export default async function SiteLayout({ children }: { children: ReactNode }) {
  const branding = siteBranding(await config)
  const theme = {
    '--accent': branding.accentColor,
    '--accent-ink': branding.accentContrast,
    '--accent-text': branding.accentText,
  } as CSSProperties
  return (
    <html className={inter.variable} lang="en" style={theme}>
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <header className="site-header">
          <nav aria-label="Site" className="site-nav">
            <Link className="site-name" href="/">
              {branding.logo ? <img alt="" height={32} src={branding.logo.url} width={32} /> : null}
              {branding.siteName}
            </Link>
            <ul>
              <li>
                <Link href="/">Events</Link>
              </li>
              <li>
                <Link href="/notes">Notes</Link>
              </li>
            </ul>
          </nav>
        </header>
        <main className="site-main" id="main">
          {children}
        </main>
        <footer className="site-footer">
          <div className="site-footer__inner">
            <p>
              Feeds of the latest notes: <a href="/feed.xml">RSS</a> · <a href="/feed.atom">Atom</a> ·{' '}
              <a href="/feed.json">JSON Feed</a>
            </p>
            <p>
              Published with <a href="https://payloadcms.com">Payload CMS</a> and talk-notes.
            </p>
          </div>
        </footer>
      </body>
    </html>
  )
}
