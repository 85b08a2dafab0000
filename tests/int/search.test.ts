// The notes search on PostgreSQL's full text: stemming, accents, odd input, ranking, snippets, the
// published row only for visitors, and `where[search]` over REST for editors.
import type { Payload, TypedUser } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { loadNotesIndex } from 'talk-notes/site'

import { maxSearchMatches } from '../../src/collections/Articles/hooks/matchFullTextSearch'
import { paragraphsToLexical } from '../../src/utilities/lexical'
import { createUser, type Id } from '../helpers/fixtures'
import { createApi } from '../helpers/http'
import { getTestPayload, loadTestConfig } from '../helpers/payload'

let payload: Payload
let api: ReturnType<typeof createApi>
let editor: TypedUser
let editorToken: string
const made: Id[] = []

/** A word no other article has (letters only: the parser splits digits off), to scope each search. */
const tag = () => `zq${Math.random().toString(36).replace(/[^a-z]/g, '').slice(0, 10)}`

async function article(data: { body?: string[]; excerpt?: string; publishedAt?: string; title: string }, status: 'draft' | 'published' = 'published') {
  const doc = await payload.create({
    collection: 'articles',
    data: {
      _status: status,
      body: data.body ? paragraphsToLexical(data.body) : undefined,
      excerpt: data.excerpt,
      publishedAt: data.publishedAt ?? new Date().toISOString(),
      title: data.title,
    } as never,
    draft: status === 'draft',
  })
  made.push(doc.id)
  return doc
}

const titlesFor = async (q: string) => (await loadNotesIndex(payload, { q })).articles.map((card) => card.title)

beforeAll(async () => {
  payload = await getTestPayload()
  api = createApi(await loadTestConfig())
  editor = await createUser(payload, 'editor')
  const login = await payload.login({ collection: 'users', data: { email: editor.email as string, password: 'a-long-test-password' } })
  editorToken = login.token as string
})

afterAll(async () => {
  for (const id of made) await payload.delete({ collection: 'articles', id }).catch(() => {})
  await payload.destroy()
})

describe('the notes search', () => {
  it('stems words: "networks" finds an article about networking', async () => {
    const word = tag()
    await article({ body: [`Notes on ${word} and networking at scale.`], title: `Backbone ${word}` })
    expect(await titlesFor(`networks ${word}`)).toEqual([`Backbone ${word}`])
    // The old substring search found nothing for a different form of the word.
    expect(await titlesFor(`networked ${word}`)).toEqual([`Backbone ${word}`])
  })

  it('folds accents both ways: "resume" finds "résumé", and "Résumé" finds "resume"', async () => {
    const word = tag()
    await article({ body: [`Bring your RÉSUMÉ to the ${word} booth.`], title: `Careers ${word}` })
    await article({ body: [`A plain resume at the ${word} desk.`], title: `Desk ${word}` })
    expect((await titlesFor(`resume ${word}`)).sort()).toEqual([`Careers ${word}`, `Desk ${word}`])
    expect((await titlesFor(`Résumé ${word}`)).sort()).toEqual([`Careers ${word}`, `Desk ${word}`])
    // Decomposed accents (e + combining acute) fold the same way.
    expect((await titlesFor(`re\u0301sume\u0301 ${word}`)).sort()).toEqual([`Careers ${word}`, `Desk ${word}`])
  })

  it('takes quotes, or, -word and punctuation as web search does, and odd input is no error', async () => {
    const word = tag()
    await article({ body: [`Load balancing with ${word} anycast.`], title: `Anycast ${word}` })
    await article({ body: [`Balancing the load of ${word} queues.`], title: `Queues ${word}` })
    expect((await titlesFor(`"load balancing" ${word}`))).toEqual([`Anycast ${word}`])
    expect((await titlesFor(`${word} -anycast`))).toEqual([`Queues ${word}`])
    expect((await titlesFor(`${word} (anycast OR queues)`)).sort()).toEqual([`Anycast ${word}`, `Queues ${word}`])
    for (const q of ['"', "'", '!!!', '&|<->:*', '(((', 'a:b', '-', 'OR', '\\', '%_', '"unclosed', 'the', '日本語']) {
      const data = await loadNotesIndex(payload, { q: `${q} ${word}` })
      expect(Array.isArray(data.articles), q).toBe(true)
    }
    const punctuated = await titlesFor(`anycast!? ${word}…`)
    expect(punctuated).toEqual([`Anycast ${word}`])
  })

  it('ranks a title match above a body-only match, and newer first among equals', async () => {
    const word = tag()
    await article({ body: [`Something about ${word} in passing.`], publishedAt: '2030-01-03T00:00:00.000Z', title: `Newer body mention ${tag()}` })
    await article({ body: ['Unrelated body.'], publishedAt: '2020-01-01T00:00:00.000Z', title: `All about ${word}` })
    await article({ body: [`Another ${word} in passing.`], publishedAt: '2030-01-02T00:00:00.000Z', title: `Older body mention ${tag()}` })
    const titles = await titlesFor(word)
    expect(titles[0]).toBe(`All about ${word}`)
    expect(titles.slice(1).map((title) => title.split(' ')[0])).toEqual(['Newer', 'Older'])
  })

  it('shows a snippet with the matches in <mark>, as written, with the text escaped', async () => {
    const word = tag()
    await article({ body: [`Intro text. The <script>alert(1)</script> café served ${word} crêpes & more.`], title: `Snack ${word}` })
    const [card] = (await loadNotesIndex(payload, { q: `cafe ${word}` })).articles
    expect(card?.snippetHtml).toContain('<mark>café</mark>')
    expect(card?.snippetHtml).toContain(`<mark>${word}</mark>`)
    expect(card?.snippetHtml).toContain('&lt;script&gt;')
    expect(card?.snippetHtml).toContain('&amp;')
    expect(card?.snippetHtml).not.toContain('<script>')
    expect(card?.snippetHtml?.replace(/<\/?mark>/g, '')).not.toMatch(/<|>/)
  })

  it('finds the snippet deep in a long body, cut at both ends', async () => {
    const word = tag()
    const filler = (count: number) => Array.from({ length: count }, (_, index) => `filler${String.fromCharCode(97 + (index % 26))}`).join(' ')
    await article({ body: [`${filler(400)} the happy ${word} studies here ${filler(400)}`], title: `Long body ${word}` })
    const [card] = (await loadNotesIndex(payload, { q: `happiness studying ${word}` })).articles
    expect(card?.snippetHtml).toMatch(/^… .*<mark>happy<\/mark> <mark>zq[a-z]+<\/mark> <mark>studies<\/mark>.* …$/)
  })

  it('pages through matches with the total of all of them', async () => {
    const word = tag()
    for (let index = 0; index < 12; index += 1) await article({ body: [`${word} item ${index}`], title: `Item ${index} ${word}` })
    const first = await loadNotesIndex(payload, { q: word })
    const second = await loadNotesIndex(payload, { page: 2, q: word })
    const beyond = await loadNotesIndex(payload, { page: 5, q: word })
    expect([first.totalDocs, first.totalPages, first.articles.length]).toEqual([12, 2, 10])
    expect([second.totalDocs, second.articles.length]).toEqual([12, 2])
    expect([beyond.totalDocs, beyond.articles.length]).toEqual([12, 0])
    expect(new Set([...first.articles, ...second.articles].map((card) => card.id)).size).toBe(12)
  })

  it('treats an empty, blank or too long query as today', async () => {
    const all = await loadNotesIndex(payload, {})
    expect((await loadNotesIndex(payload, { q: '   ' })).totalDocs).toBe(all.totalDocs)
    const word = tag()
    await article({ body: [`${word}`], title: `Long ${word}` })
    const long = await loadNotesIndex(payload, { q: `${word} ${'x'.repeat(500)}` })
    expect(long.q.length).toBe(100)
    expect((await loadNotesIndex(payload, { q: `${word}\u0000` })).totalDocs).toBe(0)
  })

  it('never matches a draft: only the published row, not a later draft version', async () => {
    const published = tag()
    const drafted = tag()
    const doc = await article({ body: [`Published text ${published}.`], title: `Versioned ${published}` })
    await payload.update({
      collection: 'articles',
      data: { body: paragraphsToLexical([`Draft text ${drafted}.`]), title: `Versioned draft ${drafted}` } as never,
      draft: true,
      id: doc.id,
    })
    const never = await article({ body: [`Never published ${drafted}.`], title: `Unpublished ${drafted}` }, 'draft')
    expect(await titlesFor(drafted)).toEqual([])
    expect(await titlesFor(published)).toEqual([`Versioned ${published}`])

    // Over REST a visitor sees the same; an editor's draft list finds the draft's words.
    const visitor = await api.get<{ docs: Array<{ id: Id }> }>(`/articles?where[search][like]=${drafted}&draft=true`)
    expect(visitor.status).toBe(200)
    expect(visitor.body.docs).toEqual([])
    const editorDrafts = await api.get<{ docs: Array<{ id: Id }> }>(`/articles?where[search][like]=${drafted}&draft=true&depth=0`, editorToken)
    expect(editorDrafts.status).toBe(200)
    expect(editorDrafts.body.docs.map((found) => found.id).sort()).toEqual([doc.id, never.id].sort())
    const editorPublished = await api.get<{ docs: Array<{ id: Id }> }>(`/articles?where[search][like]=${drafted}&depth=0`, editorToken)
    expect(editorPublished.body.docs.map((found) => found.id)).toEqual([never.id])
  })

  it('answers where[search] over REST and GraphQL, in an or with the title as the admin list does', async () => {
    const word = tag()
    const body = await article({ body: [`Deep ${word} dive.`], title: `Body ${tag()}` })
    const list = await api.get<{ docs: Array<{ id: Id }>; totalDocs: number }>(
      `/articles?where[or][0][title][like]=${word}&where[or][1][search][like]=${word}&depth=0`,
      editorToken,
    )
    expect(list.status).toBe(200)
    expect(list.body.docs.map((doc) => doc.id)).toEqual([body.id])
    // Beside an `and` of the same clause, in either order of the keys (another "Body" title must stay out).
    await article({ body: ['Nothing to find.'], title: `Body other ${tag()}` })
    for (const query of [`where[search][like]=${word}&where[and][0][title][like]=Body`, `where[and][0][title][like]=Body&where[search][like]=${word}`]) {
      const both = await api.get<{ docs: Array<{ id: Id }> }>(`/articles?${query}&depth=0`, editorToken)
      expect(both.body.docs.map((doc) => doc.id), query).toEqual([body.id])
      const none = await api.get<{ docs: Array<{ id: Id }> }>(`/articles?${query.replace('=Body', '=Nothing')}&depth=0`, editorToken)
      expect(none.body.docs, query).toEqual([])
    }
    const count = await api.get<{ totalDocs: number }>(`/articles/count?where[search][contains]=${word}`, editorToken)
    expect(count.body.totalDocs).toBe(1)
    const graphql = await api.graphql<{ data: { Articles: { docs: Array<{ id: Id }> } } }>(
      `{ Articles(where: { search: { like: "${word}" } }) { docs { id } } }`,
    )
    expect(graphql.body.data.Articles.docs.map((doc) => doc.id)).toEqual([body.id])
    expect(maxSearchMatches).toBeGreaterThanOrEqual(100)
  })

  it('refuses a bad search condition with a 400 naming it, never a database error', async () => {
    for (const [query, named] of [
      ['where[search][in]=a', 'where[search][in]'],
      ['where[search][greater_than]=1', 'where[search][greater_than]'],
      ['where[search][like][0]=a', 'where[search][like]'],
      ['where[search][like]=a%00b', 'where[search][like]'],
      ['where[search]=word', 'where[search]'],
    ] as const) {
      const reply = await api.get<{ errors?: Array<{ message: string }> }>(`/articles?${query}`, editorToken)
      expect(reply.status, query).toBe(400)
      expect(JSON.stringify(reply.body), query).toContain(named)
      expect(JSON.stringify(reply.body), query).not.toMatch(/tsquery|syntax error|select /i)
    }
  })
})
