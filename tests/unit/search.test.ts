// The search's pure parts: the accent fold (the same table as the SQL translate), the snippet's
// HTML and the language option. No database.
import { describe, expect, it } from 'vitest'

import { sanitizePluginConfig } from '../../src/defaults'
import { displayFoldSql, foldAccents, foldAccentsKeepingLength, searchFoldSql } from '../../src/search/foldAccents'
import { searchExpressions } from '../../src/search/searchSchema'
import { snippetHtml } from '../../src/search/snippetHtml'

describe('foldAccents', () => {
  it('folds accented letters, both cases, and drops combining accents', () => {
    expect(foldAccents('Résumé')).toBe('Resume')
    expect(foldAccents('re\u0301sume\u0301')).toBe('resume')
    expect(foldAccents('Łódź Straße Ærø Ñandú')).toBe('Lodz Straße Æro Nandu')
    expect(foldAccents('naïve café, São Paulo, İstanbul, Kraków')).toBe('naive cafe, Sao Paulo, Istanbul, Krakow')
    expect(foldAccents('plain ASCII & 日本語')).toBe('plain ASCII & 日本語')
  })

  it('is the SQL translate() table: one character for one, and the marks beyond `to` deleted', () => {
    expect(searchFoldSql.from.length).toBeGreaterThan(searchFoldSql.to.length)
    Array.from(searchFoldSql.to).forEach((to, index) => expect(foldAccents(searchFoldSql.from[index] as string)).toBe(to))
    for (const mark of searchFoldSql.from.slice(searchFoldSql.to.length)) expect(foldAccents(`a${mark}`)).toBe('a')
    expect(displayFoldSql.from.length).toBe(displayFoldSql.to.length)
  })

  it('keeps the length when folding for snippets, and blanks markup characters', () => {
    const text = 'Un résumé <b>&amp;</b> re\u0301sume\u0301'
    expect(foldAccentsKeepingLength(text)).toHaveLength(text.length)
    expect(foldAccentsKeepingLength(text)).toBe('Un resume  b  amp; /b  re\u0301sume\u0301')
  })
})

describe('snippetHtml', () => {
  const S = '\u0002'
  const E = '\u0003'
  const F = '\u0004'

  it('puts the matches of the folded headline onto the text as written, escaped', () => {
    const text = 'Intro. Bring your <em>résumé</em> & CV to the café booth. Outro text here.'
    const folded = foldAccentsKeepingLength(text)
    const start = folded.indexOf('Bring')
    const fragment = folded.slice(start, folded.indexOf(' Outro')).replace('resume', `${S}resume${E}`).replace('cafe', `${S}cafe${E}`)
    expect(snippetHtml(fragment, text)).toBe('… Bring your &lt;em&gt;<mark>résumé</mark>&lt;/em&gt; &amp; CV to the <mark>café</mark> booth. …')
  })

  it('joins fragments and has nothing when the body did not match', () => {
    const text = 'alpha beta gamma delta epsilon'
    expect(snippetHtml(`${S}alpha${E} beta${F}delta ${S}epsilon${E}`, text)).toBe('<mark>alpha</mark> beta … delta <mark>epsilon</mark>')
    expect(snippetHtml('alpha beta', text)).toBeUndefined()
  })

  it('escapes a fragment it cannot place, rather than show markup', () => {
    expect(snippetHtml(`${S}x${E} <i>`, 'other text')).toBe('… <mark>x</mark> &lt;i&gt; …')
  })
})

describe('search language', () => {
  it('is english by default, in the generated columns as a regconfig constant', () => {
    expect(sanitizePluginConfig({}).search.language).toBe('english')
    expect(sanitizePluginConfig({ search: { language: 'french' } }).search.language).toBe('french')
    expect(searchExpressions('german', 'version_').all).toContain(`to_tsvector('german'::regconfig`)
    expect(searchExpressions('german', 'version_').all).toContain('"version_body_text"')
  })

  it('refuses a language PostgreSQL has no configuration for, naming the option', () => {
    expect(() => sanitizePluginConfig({ search: { language: 'klingon' as never } })).toThrow(/search\.language/)
    expect(() => sanitizePluginConfig({ search: { language: "english'); DROP TABLE x; --" as never } })).toThrow(/search\.language/)
  })
})
