// The README's adoption steps as the adoption test reads them (tests/adoption/readmeSteps.ts): a
// README edit that the adoption test could no longer follow fails here, without a build.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import { applyConfigSnippet, parseReadmeSteps, readReadmeSteps } from '../adoption/readmeSteps'

const root = path.resolve(import.meta.dirname, '../..')
const hostConfig = readFileSync(path.join(root, 'tests/adoption/host/src/payload.config.ts'), 'utf8')

describe("the README's adoption steps", () => {
  const steps = readReadmeSteps(path.join(root, 'README.md'))

  it('are at most five, in the order install, config, import map, migrations, build and start', () => {
    const commands = steps.flatMap((step) => (step.kind === 'shell' ? step.commands : ['<edit payload.config.ts>']))
    expect(steps.length).toBeLessThanOrEqual(5)
    expect(commands).toEqual([
      'npm install talk-notes',
      '<edit payload.config.ts>',
      'npx payload generate:importmap',
      'npx payload migrate:create talk_notes',
      'npx payload migrate',
      'npx next build',
      'npx next start',
    ])
  })

  it("add the plugin to a new app's config: its import after the others, its plugins line in place of the empty one", () => {
    const config = steps.find((step) => step.kind === 'config')
    expect(config).toBeDefined()
    const edited = applyConfigSnippet(hostConfig, config?.kind === 'config' ? config.snippet : '')
    expect(edited).toContain("import { Users } from './collections/Users'\nimport { talkNotesPlugin } from 'talk-notes'\n")
    expect(edited).toMatch(/^ {2}plugins: \[talkNotesPlugin\(\)\],$/m)
    expect(edited).not.toContain('plugins: [],')
  })
})

describe('applyConfigSnippet', () => {
  it('refuses a snippet line it does not know how to apply, rather than skip it', () => {
    expect(() => applyConfigSnippet(hostConfig, "import { a } from 'a'\n  collections: [A],")).toThrow(/collections: \[A\]/)
  })

  it('refuses a config without exactly one plugins line', () => {
    expect(() => applyConfigSnippet(hostConfig.replace(/^\s*plugins:.*$/m, ''), 'plugins: [x()],')).toThrow(/0 "plugins:" lines/)
  })
})

describe('parseReadmeSteps', () => {
  it('needs the section markers', () => {
    expect(() => parseReadmeSteps('# no section\n')).toThrow(/adoption-test:begin/)
  })

  it('reads fenced blocks indented by a list and skips shell comments', () => {
    const readme = '<!-- adoption-test:begin -->\n1. Do:\n\n   ```sh\n   # why\n   npm run a\n   ```\n<!-- adoption-test:end -->\n'
    expect(parseReadmeSteps(readme)).toEqual([{ commands: ['npm run a'], kind: 'shell' }])
  })
})
