// An article ("talk note"): body, the sessions it features, its speakers, event and series, JSON-LD.
import type { Metadata } from 'next'

import config from '@payload-config'
import { draftMode, headers } from 'next/headers'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { getPayload } from 'payload'

import { articleJsonLd, formatClockRange, formatDate, generatedSocialImage, loadArticlePage, serializeJsonLd, zoneLabel } from 'talk-notes/site'
import { getArticlePage, getStaticSlugs } from '../../../../site/cached'
import { RefreshOnSave } from '../../_components/RefreshOnSave'
import { SessionLinks, SessionVideo } from '../../_components/SessionLinks'

interface Props {
  params: Promise<{ slug: string }>
}

export function generateStaticParams() {
  return getStaticSlugs('articles')
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params
  const data = await getArticlePage(slug)
  if (!data) return { title: 'Note not found' }
  const { article } = data
  const url = `/notes/${article.slug}`
  const image = article.heroSocial
    ? [{ alt: article.heroSocial.alt, height: article.heroSocial.height, url: article.heroSocial.url, width: article.heroSocial.width }]
    : [generatedSocialImage(article.title, article.series?.name ?? article.event?.title, article.excerpt)]
  return {
    alternates: { canonical: url },
    authors: article.authors.map((author) => ({ name: author.name, url: `/speakers/${author.slug}` })),
    description: article.excerpt,
    openGraph: {
      authors: article.authors.map((author) => author.name),
      description: article.excerpt,
      images: image,
      modifiedTime: article.updatedAt,
      publishedTime: article.publishedAt,
      siteName: 'talk-notes',
      title: article.title,
      type: 'article',
      url,
    },
    title: article.title,
    twitter: { card: 'summary_large_image', description: article.excerpt, images: image, title: article.title },
  }
}

/**
 * In draft mode (turned on by /next/preview for a signed-in editor) the latest draft is loaded,
 * uncached, with the editor's own access; everyone else gets the cached published page.
 */
async function loadForRequest(slug: string) {
  if (!(await draftMode()).isEnabled) return { data: await getArticlePage(slug), preview: false }
  const payload = await getPayload({ config })
  const { user } = await payload.auth({ headers: await headers() })
  if (!user) return { data: await getArticlePage(slug), preview: false }
  return { data: await loadArticlePage(payload, slug, { user }), preview: true }
}

export default async function ArticlePage({ params }: Props) {
  const { slug } = await params
  const { data, preview } = await loadForRequest(slug)
  if (!data) notFound()
  const { article, siteUrl } = data
  const jsonLd = articleJsonLd({
    authors: article.authors.map((author) => ({ name: author.name, url: author.url })),
    dateModified: article.updatedAt,
    datePublished: article.publishedAt,
    description: article.excerpt,
    event: article.event ? { name: article.event.title, url: article.event.url } : undefined,
    image: article.heroSocial ? new URL(article.heroSocial.url, `${siteUrl}/`).toString() : undefined,
    sessions: article.sessions.flatMap((session) =>
      session.url ? [{ name: session.title, url: session.url }] : [],
    ),
    title: article.title,
    url: article.url,
  })

  return (
    <>
      {preview ? (
        <p className="preview-banner" role="status">
          Draft preview, visible to editors only.{' '}
          <a href={`/next/exit-preview?path=/notes/${encodeURIComponent(article.slug)}`}>Leave preview</a>
          <RefreshOnSave adminOrigin={siteUrl} />
        </p>
      ) : (
        <script dangerouslySetInnerHTML={{ __html: serializeJsonLd(jsonLd) }} type="application/ld+json" />
      )}
      <article className="note">
        <header className="note__header">
          <p className="eyebrow">
            {article.series ? <Link href={`/notes?series=${article.series.slug}`}>{article.series.name}</Link> : null}
            {article.series && article.event ? ' · ' : null}
            {article.event ? <Link href={`/events/${article.event.slug}`}>{article.event.title}</Link> : null}
          </p>
          <h1>{article.title}</h1>
          <p className="note__meta">
            Published <time dateTime={article.publishedAt}>{formatDate(article.publishedAt, article.event?.timezone ?? 'UTC')}</time>
            {article.readingTime ? <> · {article.readingTime} min read</> : null}
          </p>
          {article.heroSocial ? (
            <img
              alt={article.heroSocial.alt}
              className="note__hero"
              height={article.heroSocial.height}
              src={article.heroSocial.url}
              width={article.heroSocial.width}
            />
          ) : null}
        </header>
        {/* Sanitised by lexicalToHtml (strict allowlist) in the loader. */}
        <div className="note__body prose" dangerouslySetInnerHTML={{ __html: article.bodyHtml }} />

        {article.sessions.length ? (
          <section aria-labelledby="sessions-heading" className="section">
            <h2 id="sessions-heading">{article.sessions.length === 1 ? 'About the session' : 'About the sessions'}</h2>
            <ul className="note__sessions">
              {article.sessions.map((session) => (
                <li key={session.id}>
                  {session.event ? (
                    <>
                      <p>
                        <Link href={`/events/${session.event.slug}#session-${session.slug}`}>{session.title}</Link>
                      </p>
                      <p className="note__meta">
                        <time dateTime={session.startsAt}>
                          {formatDate(session.startsAt, session.event.timezone)},{' '}
                          {formatClockRange(session.startsAt, session.endsAt, session.event.timezone)}{' '}
                          {zoneLabel(session.event.timezone, session.startsAt)}
                        </time>
                        {' · '}
                        {session.event.title}
                      </p>
                    </>
                  ) : (
                    <p>{session.title}</p>
                  )}
                  <SessionLinks links={session.links} title={session.title} />
                  <SessionVideo video={session.video} />
                </li>
              ))}
            </ul>
          </section>
        ) : null}

        {article.authors.length ? (
          <section aria-labelledby="speakers-heading" className="section">
            <h2 id="speakers-heading">Speakers</h2>
            <ul className="plain-list">
              {article.authors.map((author) => (
                <li key={author.slug}>
                  <Link href={`/speakers/${author.slug}`}>{author.name}</Link>
                  {author.organization ? `, ${author.organization}` : null}
                </li>
              ))}
            </ul>
          </section>
        ) : null}

        <p className="note__more">
          {article.event ? (
            <>
              More from <Link href={`/notes?event=${article.event.slug}`}>{article.event.title}</Link>
              {article.series ? ' and ' : null}
            </>
          ) : null}
          {article.series ? <Link href={`/notes?series=${article.series.slug}`}>all {article.series.name} notes</Link> : null}
        </p>
      </article>
    </>
  )
}
