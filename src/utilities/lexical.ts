// Minimal Lexical editor state for plain paragraphs (seed data, generated text).
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'

export function paragraphsToLexical(paragraphs: string[]): SerializedEditorState {
  return {
    root: {
      children: paragraphs.map((text) => ({
        children: [{ detail: 0, format: 0, mode: 'normal', style: '', text, type: 'text', version: 1 }],
        direction: 'ltr',
        format: '',
        indent: 0,
        textFormat: 0,
        textStyle: '',
        type: 'paragraph',
        version: 1,
      })),
      direction: 'ltr',
      format: '',
      indent: 0,
      type: 'root',
      version: 1,
    },
  } as unknown as SerializedEditorState
}
