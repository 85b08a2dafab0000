// The README's "Add talk-notes to your Payload app" steps, read from the README itself (the fenced
// blocks between the adoption-test markers), so the adoption test runs exactly what a reader is told.
import { readFileSync } from 'node:fs'

export const sectionStart = '<!-- adoption-test:begin -->'
export const sectionEnd = '<!-- adoption-test:end -->'

/** One fenced block of the section: shell commands to run in order, or a payload.config.ts snippet. */
export type ReadmeStep = { commands: string[]; kind: 'shell' } | { kind: 'config'; snippet: string }

const fence = /^[ \t]*```([\w-]*)[ \t]*\n([\s\S]*?)^[ \t]*```[ \t]*$/gm

/** The steps of the README's adoption section, in order. Throws when the markers or blocks are missing. */
export function readReadmeSteps(readmePath: string): ReadmeStep[] {
  return parseReadmeSteps(readFileSync(readmePath, 'utf8'))
}

export function parseReadmeSteps(readme: string): ReadmeStep[] {
  const start = readme.indexOf(sectionStart)
  const end = readme.indexOf(sectionEnd)
  if (start < 0 || end < start) {
    throw new Error(`README: no adoption section between "${sectionStart}" and "${sectionEnd}"`)
  }
  const section = readme.slice(start + sectionStart.length, end)
  const steps: ReadmeStep[] = []
  for (const [, language, body] of section.matchAll(fence)) {
    const text = dedent(body)
    if (language === 'sh' || language === 'bash' || language === 'shell') {
      const commands = text
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== '' && !line.startsWith('#'))
      steps.push({ commands, kind: 'shell' })
    } else if (language === 'ts' || language === 'typescript') {
      steps.push({ kind: 'config', snippet: text })
    } else {
      throw new Error(`README: the adoption section has a \`\`\`${language} block the test does not know how to run`)
    }
  }
  if (steps.length === 0) throw new Error('README: the adoption section has no fenced blocks')
  return steps
}

/** Blocks inside list items are indented by the list; the code itself starts at the block's margin. */
function dedent(body: string): string {
  const lines = body.replace(/\n$/, '').split('\n')
  const margin = Math.min(...lines.filter((line) => line.trim()).map((line) => /^[ \t]*/.exec(line)?.[0].length ?? 0))
  return lines.map((line) => line.slice(margin)).join('\n')
}

/**
 * Applies the README's config snippet to a payload.config.ts as a reader would: its imports go after
 * the file's last import, and its `plugins:` line replaces the file's `plugins:` line (a new app has
 * `plugins: []`). Comment lines are the README's explanation. Any other line is an error, so a
 * snippet this function cannot apply fails the test instead of being skipped.
 */
export function applyConfigSnippet(config: string, snippet: string): string {
  const imports: string[] = []
  let pluginsLine: string | undefined
  for (const line of snippet.split('\n')) {
    const trimmed = line.trim()
    if (trimmed === '' || trimmed.startsWith('//')) continue
    if (trimmed.startsWith('import ')) imports.push(trimmed)
    else if (trimmed.startsWith('plugins:')) pluginsLine = trimmed
    else throw new Error(`README config snippet: the test does not know how to apply the line "${trimmed}"`)
  }
  const lines = config.split('\n')
  const pluginsAt = lines.flatMap((line, index) => (/^\s*plugins:/.test(line) ? [index] : []))
  if (pluginsLine) {
    if (pluginsAt.length !== 1) throw new Error(`payload.config.ts has ${pluginsAt.length} "plugins:" lines, expected one`)
    const indent = /^\s*/.exec(lines[pluginsAt[0]])?.[0] ?? ''
    lines[pluginsAt[0]] = indent + pluginsLine
  }
  // The last line of the import block (a multi-line import ends with its `from '…'` line).
  const lastImport = lines.reduce((last, line, index) => (/^import .*['"]\s*;?\s*$|^} from ['"]/.test(line) ? index : last), -1)
  if (imports.length > 0 && lastImport < 0) throw new Error('payload.config.ts has no imports to put the snippet\'s after')
  lines.splice(lastImport + 1, 0, ...imports)
  return lines.join('\n')
}
