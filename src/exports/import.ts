// `talk-notes/import`: schedule import for a host's own scripts and jobs (the admin's Import view and
// `POST /api/{events}/:id/import` need nothing from here). Server-only.
export { checkSchedule, type ImportInput, runImport } from '../import/runImport.ts'
export { type ImportReport, type ImportScheduleArgs, importSchedule, summarize } from '../import/importSchedule.ts'
export { parseSchedule } from '../import/formats/index.ts'
export { csvColumns, csvTemplate } from '../import/formats/csv.ts'
export { kindFromType, sessionKindsByType } from '../import/formats/kinds.ts'
export { detectFormat } from '../import/formats/index.ts'
export type * from '../import/types.ts'
export { ScheduleParseError, scheduleFormats } from '../import/types.ts'
