// The format of a schedule from its content, and the parser for it.
import type { ParsedSchedule, ParseOptions, ScheduleFormat } from '../types.ts'

import { ScheduleParseError } from '../types.ts'
import { parseC3vocJson } from './c3vocJson.ts'
import { checkTimeZone } from './common.ts'
import { parseCsv } from './csv.ts'
import { parseFrabXml } from './frabXml.ts'
import { parseSessionize } from './sessionize.ts'

const parsers: Record<ScheduleFormat, (content: string, options: ParseOptions) => ParsedSchedule> = {
  'c3voc-json': parseC3vocJson,
  csv: parseCsv,
  'frab-xml': parseFrabXml,
  sessionize: parseSessionize,
}

/** frab XML (a <schedule> root), c3voc JSON (schedule.conference), Sessionize (sessions + speakers), or CSV (a title column). */
export function detectFormat(content: string): ScheduleFormat {
  const text = content.replace(/^\uFEFF/, '').trimStart()
  if (text.startsWith('<')) {
    if (/<schedule[\s>]/.test(text.slice(0, 4096))) return 'frab-xml'
    throw new ScheduleParseError('XML document', 'has no <schedule> root: expected a frab schedule.xml')
  }
  if (text.startsWith('{') || text.startsWith('[')) {
    let document: unknown
    try {
      document = JSON.parse(text)
    } catch (error) {
      throw new ScheduleParseError('JSON document', `is not valid JSON (${(error as Error).message})`)
    }
    const root = document as Record<string, unknown> | null
    if (root && typeof root === 'object' && (root.schedule as Record<string, unknown> | undefined)?.conference) return 'c3voc-json'
    if (root && typeof root === 'object' && Array.isArray(root.sessions) && Array.isArray(root.speakers)) return 'sessionize'
    throw new ScheduleParseError('JSON document', 'is neither a c3voc schedule.json (schedule.conference) nor a Sessionize "All Data" export (sessions, speakers)')
  }
  const header = text.split(/\r?\n/, 1)[0]?.toLowerCase() ?? ''
  if (/(^|[,;"\s])title([,;"\s]|$)/.test(header)) return 'csv'
  throw new ScheduleParseError('file', 'is not a schedule: expected frab XML, c3voc JSON, a Sessionize export or a CSV with a title column')
}

export function parseSchedule(content: string, options: ParseOptions): ParsedSchedule {
  checkTimeZone(options.timeZone)
  return parsers[options.format ?? detectFormat(content)](content, options)
}
