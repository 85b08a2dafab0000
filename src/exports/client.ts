// `talk-notes/client`: the plugin's admin components, which the host's import map loads by this path
// (`'talk-notes/client#SpeakerReviewPanel'`). Each component file carries its own 'use client'.
export { SpeakerReviewPanel } from '../admin/SpeakerReviewPanel.tsx'
export { ScheduleImportPanel, type ScheduleImportPanelProps } from '../admin/ScheduleImportPanel.tsx'
export { SiteIcon, SiteLogo, type SiteGraphicsProps } from '../admin/SiteGraphics.tsx'
export { FeaturedSessionsSchedule, type FeaturedSessionsScheduleProps } from '../admin/FeaturedSessionsSchedule.tsx'
