// One fold table for search, used on both sides: in SQL (translate() in the generated search
// columns, which need an immutable expression, so no unaccent) and here on the visitor's query.

/** Each accented Latin letter and the letter it folds to, one character for one (case kept). */
const pairs: ReadonlyArray<readonly [string, string]> = [
  ['àáâãäåāăą', 'a'],
  ['ÀÁÂÃÄÅĀĂĄ', 'A'],
  ['çćĉċč', 'c'],
  ['ÇĆĈĊČ', 'C'],
  ['ďđ', 'd'],
  ['ĎĐ', 'D'],
  ['èéêëēĕėęě', 'e'],
  ['ÈÉÊËĒĔĖĘĚ', 'E'],
  ['ĝğġģ', 'g'],
  ['ĜĞĠĢ', 'G'],
  ['ĥħ', 'h'],
  ['ĤĦ', 'H'],
  ['ìíîïĩīĭįı', 'i'],
  ['ÌÍÎÏĨĪĬĮİ', 'I'],
  ['ĵ', 'j'],
  ['Ĵ', 'J'],
  ['ķ', 'k'],
  ['Ķ', 'K'],
  ['ĺļľŀł', 'l'],
  ['ĹĻĽĿŁ', 'L'],
  ['ñńņň', 'n'],
  ['ÑŃŅŇ', 'N'],
  ['òóôõöøōŏő', 'o'],
  ['ÒÓÔÕÖØŌŎŐ', 'O'],
  ['ŕŗř', 'r'],
  ['ŔŖŘ', 'R'],
  ['śŝşšș', 's'],
  ['ŚŜŞŠȘ', 'S'],
  ['ţťŧț', 't'],
  ['ŢŤŦȚ', 'T'],
  ['ùúûüũūŭůűų', 'u'],
  ['ÙÚÛÜŨŪŬŮŰŲ', 'U'],
  ['ŵ', 'w'],
  ['Ŵ', 'W'],
  ['ýÿŷ', 'y'],
  ['ÝŸŶ', 'Y'],
  ['źżž', 'z'],
  ['ŹŻŽ', 'Z'],
]

/** Combining accents (text in decomposed form): dropped by the search fold. */
const combiningMarks = Array.from({ length: 0x70 }, (_, index) => String.fromCharCode(0x300 + index)).join('')

const accented = pairs.map(([from]) => from).join('')
const plain = pairs.map(([from, to]) => to.repeat(from.length)).join('')
const foldMap = new Map(Array.from(accented, (char, index) => [char, plain[index] as string]))

/** `translate(text, from, to)` arguments of the search fold: accents folded, combining marks dropped. */
export const searchFoldSql = { from: accented + combiningMarks, to: plain } as const
/**
 * The same fold keeping the text's length (combining marks stay), for mapping snippets back; `<`,
 * `>` and `&` become spaces, or ts_headline would read `<b>` or `&amp;` in the text as markup and drop it.
 */
export const displayFoldSql = { from: `${accented}<>&`, to: `${plain}   ` } as const

/** The search fold of `text`: `résumé` and `re\u0301sume\u0301` become `resume`. */
export function foldAccents(text: string): string {
  let folded = ''
  for (const char of text) {
    const code = char.charCodeAt(0)
    if (code >= 0x300 && code < 0x370) continue
    folded += foldMap.get(char) ?? char
  }
  return folded
}

/** The fold without dropping anything: the result has `text`'s length, character for character. */
export function foldAccentsKeepingLength(text: string): string {
  return text.replace(/[<>&\u00c0-\u024f]/g, (char) => (char === '<' || char === '>' || char === '&' ? ' ' : (foldMap.get(char) ?? char)))
}
