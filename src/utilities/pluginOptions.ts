// The plugin keeps its resolved options in the Payload config (`custom` stays on the server), so that
// code given only a Payload instance (the site loaders, a host's routes) reads the same options.
import type { Payload, SanitizedConfig } from 'payload'

import type { SanitizedTalkNotesPluginConfig } from '../types.ts'

export const customKey = 'talkNotes'

export function talkNotesOptionsOf(payload: Payload | { config: SanitizedConfig }): SanitizedTalkNotesPluginConfig {
  const options = (payload.config.custom as Record<string, unknown> | undefined)?.[customKey]
  if (!options) throw new Error('talk-notes: this Payload config has no talkNotesPlugin in its plugins')
  return options as SanitizedTalkNotesPluginConfig
}
