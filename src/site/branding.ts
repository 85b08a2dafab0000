// The site's name, logo and accent as the host gave them in the plugin's `branding` option, for the
// public layout (the admin reads the same through its graphics components).
import type { SanitizedConfig } from 'payload'

import type { SanitizedBranding } from '../types.ts'

import { talkNotesOptionsOf } from '../utilities/pluginOptions.ts'

export function siteBranding(config: SanitizedConfig): SanitizedBranding {
  return talkNotesOptionsOf({ config }).branding
}
