// What both test configs share: the plugin by its package name, mapped to its sources as the
// tsconfig `paths` map it for the demo (the tests of the built package are the adoption test's).
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.dirname(fileURLToPath(import.meta.url))

export const packageAliases = [
  { find: /^talk-notes$/, replacement: path.join(root, 'src/index.ts') },
  { find: /^talk-notes\/client$/, replacement: path.join(root, 'src/exports/client.ts') },
  { find: /^talk-notes\/import$/, replacement: path.join(root, 'src/exports/import.ts') },
  { find: /^talk-notes\/site$/, replacement: path.join(root, 'src/exports/site.ts') },
  { find: /^@payload-config$/, replacement: path.join(root, 'payload.config.ts') },
]
