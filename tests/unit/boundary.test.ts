// The two layers and their one direction: the demo uses the plugin only by its package name, as a
// host does, and the plugin knows nothing of the demo nor of the process environment.
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const root = fileURLToPath(new URL('../..', import.meta.url))
const sources = (dir: string): string[] =>
  readdirSync(path.join(root, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(m?[jt]sx?)$/.test(entry.name) && !entry.parentPath.includes('.next'))
    .map((entry) => path.join(entry.parentPath, entry.name))

/** Every module specifier a file imports or re-exports, static or dynamic. */
function specifiers(file: string): string[] {
  const text = readFileSync(file, 'utf8')
  return [...text.matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].map((match) => match[1])
}

describe('the boundary between the plugin and the demo', () => {
  it('has the demo import the plugin by package name only, never by a path into src/', () => {
    const crossings = sources('demo').flatMap((file) =>
      specifiers(file)
        .filter((spec) => spec.startsWith('.'))
        .filter((spec) => path.resolve(path.dirname(file), spec).startsWith(path.join(root, 'src') + path.sep))
        .map((spec) => `${path.relative(root, file)}: ${spec}`),
    )
    expect(crossings).toEqual([])
    // And it does use the package, so the check above is not vacuous.
    expect(sources('demo').some((file) => specifiers(file).includes('talk-notes'))).toBe(true)
  })

  it('has the plugin import nothing of the demo and read no process.env', () => {
    const offenders = sources('src').flatMap((file) => {
      const relative = path.relative(root, file)
      const demoImports = specifiers(file)
        .filter((spec) => spec === '@payload-config' || (spec.startsWith('.') && !path.resolve(path.dirname(file), spec).startsWith(path.join(root, 'src'))))
        .map((spec) => `${relative}: imports ${spec}`)
      const environment = /process\.env/.test(readFileSync(file, 'utf8')) ? [`${relative}: reads process.env`] : []
      return [...demoImports, ...environment]
    })
    expect(offenders).toEqual([])
  })
})
