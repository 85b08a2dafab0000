// What a build prerenders: the newest pages of each kind up to a bound, not a whole archive.
import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { paragraphsToLexical } from '../../src/utilities/lexical'
import { createEventFixture, unique } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/payload'

let payload: Payload
let newest: string

beforeAll(async () => {
  payload = await getTestPayload()
  const { event } = await createEventFixture(payload)
  const body = paragraphsToLexical(['A note of the archive.'])
  const { totalDocs } = await payload.count({ collection: 'articles', where: { _status: { equals: 'published' } } })
  // One more published note than a build prerenders, the last one the newest.
  for (let index = totalDocs; index <= 200; index += 1) {
    const article = await payload.create({
      collection: 'articles',
      data: { _status: 'published', body, event: event.id, publishedAt: new Date(Date.UTC(2031, 0, 1, 0, index)).toISOString(), title: unique('Archived note') } as never,
    })
    newest = article.slug as string
  }
}, 300_000)

afterAll(async () => {
  await payload?.destroy()
})

describe('prerendered pages', () => {
  it('are the 200 newest published notes, not the whole archive', async () => {
    // After getTestPayload: the demo config reads the test database's environment when loaded.
    const { getStaticSlugs } = await import('../../demo/site/cached')
    const slugs = (await getStaticSlugs('articles')).map(({ slug }) => slug)
    expect(slugs).toHaveLength(200)
    expect(slugs[0]).toBe(newest)
    const published = await payload.count({ collection: 'articles', where: { _status: { equals: 'published' } } })
    expect(published.totalDocs).toBeGreaterThan(200)
  })
})
