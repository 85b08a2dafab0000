// `talk-notes/site`: what a host's public pages need. Typed view-model loaders (read as a visitor,
// `overrideAccess: false`, rich text already sanitised HTML), the pure formats (JSON-LD, iCalendar,
// frab XML/JSON) and the date and text helpers the demo's pages use. Server-only; no React.
export type * from '../site/documents.ts'
export type * from '../site/types.ts'
export { loadEventPage, latestNotesLimit, otherEventsLimit } from '../site/eventPage.ts'
export { type HomeData, homeNotesLimit, loadHome, loadSitemapEntries, type SitemapEntry } from '../site/home.ts'
export {
  type ArticlePageData,
  type ArticleSessionView,
  loadArticlePage,
  loadNotesIndex,
  maxQueryLength,
  type NoteListItem,
  type NotesIndexData,
  notesPageSize,
  type NotesQuery,
} from '../site/notes.ts'
export { loadSpeakerPage, type SpeakerPageData, type SpeakerSessionView } from '../site/speakerPage.ts'
export { siteBranding } from '../site/branding.ts'
export { toScheduleExport } from '../site/scheduleExport.ts'
export { generatedSocialImage } from '../site/socialImage.ts'
export {
  calendarDay,
  formatClock,
  formatClockRange,
  formatDate,
  formatDateSpan,
  formatDay,
  formatShortDate,
  formatSittings,
  type Sitting,
  zoneLabel,
} from '../site/format.ts'
export { articleJsonLd, type ArticleJsonLdInput, eventJsonLd, serializeJsonLd } from '../formats/jsonLd.ts'
export * from '../formats/schedule/index.ts'
export { excerpt, initialsOf, plainTextFromLexical, readingTimeMinutes, teaser } from '../formats/text.ts'
export { escapeHtml, lexicalToHtml, sanitizeHtml } from '../formats/html.ts'
