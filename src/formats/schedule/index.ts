export { buildFrabSchedule, frabJsonSchemaUrl, renderFrabJson, renderFrabXml } from './frab'
export type { FrabConference, FrabDay, FrabEvent, FrabPerson, FrabRoom, FrabSchedule, FrabTrack } from './frab'
export { renderICalendar, renderSessionICalendar } from './ical'
export {
  agendaOrder,
  creditLines,
  creditName,
  plainText,
  sessionDescription,
  stableUuid,
  toZoned,
  urlNamespace,
} from './types'
export type {
  AttendanceFormat,
  ScheduleEvent,
  ScheduleExport,
  SchedulePerson,
  ScheduleSession,
  SessionKind,
  ZonedDateTime,
} from './types'
