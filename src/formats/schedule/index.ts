export { buildFrabSchedule, frabJsonSchemaUrl, renderFrabJson, renderFrabXml } from './frab.ts'
export type { FrabConference, FrabDay, FrabEvent, FrabPerson, FrabRoom, FrabSchedule, FrabTrack } from './frab.ts'
export { renderICalendar, renderSelectionICalendar, renderSessionICalendar } from './ical.ts'
export {
  agendaOrder,
  creditLines,
  creditName,
  plainText,
  sessionDescription,
  stableUuid,
  toZoned,
  urlNamespace,
} from './types.ts'
export type {
  AttendanceFormat,
  ScheduleEvent,
  ScheduleExport,
  SchedulePerson,
  ScheduleSession,
  SessionKind,
  ZonedDateTime,
} from './types.ts'
