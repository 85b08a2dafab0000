// Which kind of session a source's free-text type means. One documented table, printed by the docs;
// the rest of the import only sees `SessionKind`.
import type { SessionKind } from '../../types.ts'

/** Source types (compared case- and punctuation-insensitively) and the kind each one is imported as. */
export const sessionKindsByType: ReadonlyArray<{ kind: SessionKind; types: readonly string[] }> = [
  {
    kind: 'talk',
    types: ['lecture', 'talk', 'vortrag', 'presentation', 'session', 'lightning talk', 'lightning_talk', 'workshop', 'tutorial'],
  },
  { kind: 'keynote', types: ['keynote', 'opening keynote', 'closing keynote'] },
  { kind: 'panel', types: ['panel', 'podium', 'podiumsdiskussion', 'discussion', 'q&a', 'fireside chat'] },
  { kind: 'break', types: ['break', 'pause', 'coffee', 'coffee break', 'kaffeepause'] },
  { kind: 'meal', types: ['lunch', 'lunch break', 'dinner', 'breakfast', 'meal', 'mittagspause'] },
  { kind: 'social', types: ['social', 'party', 'networking', 'reception', 'meetup'] },
  { kind: 'remarks', types: ['welcome', 'opening', 'closing', 'ceremony', 'remarks', 'introduction', 'begrüßung'] },
]

/** Lower case, accents kept, every run of punctuation and spaces as one space: 'Q&A' and 'q & a' alike. */
export function normalizeType(type: string): string {
  return type
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

const kindOf = new Map<string, SessionKind>(
  sessionKindsByType.flatMap(({ kind, types }) => types.map((type) => [normalizeType(type), kind] as const)),
)

// Longest first, so 'coffee break …' is read as 'coffee break', not 'coffee'.
const knownTypes = [...kindOf.keys()].sort((a, b) => b.length - a.length)

function lookup(text: string): SessionKind | undefined {
  const normalized = normalizeType(text)
  const exact = kindOf.get(normalized)
  if (exact) return exact
  // Exporters decorate their types ('Talk 40 (30min +10 Q&A)', 'Lightning Talk – 5 min'): the leading words decide.
  const prefix = knownTypes.find((type) => normalized.startsWith(`${type} `))
  return prefix === undefined ? undefined : kindOf.get(prefix)
}

export interface KindFromType {
  kind: SessionKind
  /** Set when the type was not in the table (the session is imported as a talk). */
  unknownType?: string
}

/**
 * The kind of a session from its source type; without a type, only titles that obviously name a break or a
 * meal ('Lunch', 'Coffee Break') count, since any other title is as likely a talk's.
 */
export function kindFromType(type: string | undefined, title: string): KindFromType {
  const normalized = type === undefined ? '' : normalizeType(type)
  if (type === undefined || normalized === '') return { kind: breakOrMealFromTitle(title) ?? 'talk' }
  // frab's own catch-all type says no more than a missing one: the title decides, without a warning.
  if (normalized === 'other') return { kind: kindFromTitle(title) ?? 'talk' }
  // A slot length as the format ("30minutes", "45 min", as Sessionize's "Session format" often is): a talk.
  if (/^\d+ ?(?:m|min|mins|minutes?|分)$/.test(normalized)) return { kind: 'talk' }
  const kind = lookup(type)
  return kind ? { kind } : { kind: 'talk', unknownType: type }
}

export function breakOrMealFromTitle(title: string): SessionKind | undefined {
  const kind = lookup(title)
  return kind === 'break' || kind === 'meal' ? kind : undefined
}

/** The kind a title names, whatever it is (for sources that mark a session as not a talk without a type). */
export function kindFromTitle(title: string): SessionKind | undefined {
  return lookup(title)
}

export function unknownTypeMessage(type: string): string {
  return `unknown type "${type}", imported as a talk`
}
