// The article body editor: the Lexical defaults (headings, links, lists, quotes, uploads...) plus
// code blocks and a block that embeds a session card.
import type { Block } from 'payload'

import { BlocksFeature, CodeBlock, FixedToolbarFeature, lexicalEditor } from '@payloadcms/richtext-lexical'

import type { SanitizedTalkNotesPluginConfig } from '../../types.ts'

export const sessionCardBlockSlug = 'sessionCard'

export function createSessionCardBlock(options: SanitizedTalkNotesPluginConfig): Block {
  return {
    slug: sessionCardBlockSlug,
    fields: [{ name: 'session', type: 'relationship', relationTo: options.slugs.talks, required: true }],
    interfaceName: 'SessionCardBlock',
    labels: { plural: 'Session cards', singular: 'Session card' },
  }
}

export function createArticleEditor(options: SanitizedTalkNotesPluginConfig): ReturnType<typeof lexicalEditor> {
  return lexicalEditor({
    features: ({ defaultFeatures }) => [
      ...defaultFeatures,
      BlocksFeature({ blocks: [createSessionCardBlock(options), CodeBlock()] }),
      FixedToolbarFeature(),
    ],
  })
}
