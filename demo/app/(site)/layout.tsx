// Root layout of the public site (its own <html>, separate from the admin panel's route group).
import type { Metadata } from 'next'
import type { ReactNode } from 'react'

import config from '@payload-config'
import Link from 'next/link'

import './site.css'

export async function generateMetadata(): Promise<Metadata> {
  const { serverURL } = await config
  return {
    alternates: {
      types: {
        'application/atom+xml': '/feed.atom',
        'application/feed+json': '/feed.json',
        'application/rss+xml': '/feed.xml',
      },
    },
    description: 'Conference events, agendas, speakers and talk notes.',
    metadataBase: new URL(serverURL || 'http://localhost:3000'),
    title: { default: 'talk-notes', template: '%s · talk-notes' },
  }
}

export default function SiteLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <header className="site-header">
          <nav aria-label="Site" className="site-nav">
            <Link className="site-name" href="/">
              talk-notes
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
          <p>
            Feeds of the latest notes: <a href="/feed.xml">RSS</a> · <a href="/feed.atom">Atom</a> ·{' '}
            <a href="/feed.json">JSON Feed</a>
          </p>
          <p>
            Published with <a href="https://payloadcms.com">Payload CMS</a> and talk-notes.
          </p>
        </footer>
      </body>
    </html>
  )
}
