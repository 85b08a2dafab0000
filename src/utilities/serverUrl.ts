// Links into the admin panel and the API point at Payload's own origin, which need not be the
// public site's: a host may serve its pages from one origin (`siteUrl`) and Payload from another.
import type { PayloadRequest } from 'payload'

import type { SanitizedTalkNotesPluginConfig } from '../types.ts'

/** The absolute URL of a path of Payload's (`/admin/…`, `/api/…`): on `serverURL`, else on `siteUrl`. */
export function serverUrl(req: PayloadRequest, options: SanitizedTalkNotesPluginConfig, path: string): string {
  const origin = (req.payload.config.serverURL || options.siteUrl).replace(/\/+$/, '')
  return `${origin}${path}`
}
