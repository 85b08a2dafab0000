// `npm run import -- --event <slug> <file-or-url> [--format frab-xml|c3voc-json|sessionize|csv] [--dry-run]
// [--overwrite <conflict-id>]… [--as <editor e-mail>]`: a schedule into an event of the demo, as the admin's
// Import view does. Exit code 0 only when applied, or when a dry run found nothing wrong (no warnings).
import type { CollectionSlug } from 'payload'

import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { prepareEnvironment } from '../environment'

const usage =
  'usage: npm run import -- --event <slug> <file-or-url> [--format frab-xml|c3voc-json|sessionize|csv] [--dry-run] ' +
  '[--overwrite <conflict-id>]... [--as <editor e-mail>]'

const { positionals, values } = (() => {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        as: { type: 'string' },
        'dry-run': { type: 'boolean', default: false },
        event: { type: 'string' },
        format: { type: 'string' },
        help: { short: 'h', type: 'boolean' },
        overwrite: { multiple: true, type: 'string' },
      },
    })
  } catch (error) {
    console.error(`${(error as Error).message}\n${usage}`)
    process.exit(2)
  }
})()
if (values.help) {
  console.log(usage)
  process.exit(0)
}
const source = positionals[0]
if (!values.event || !source || positionals.length > 1) {
  console.error(usage)
  process.exit(2)
}

/** A bar on a terminal; plain lines in a log or a pipe. */
async function progressOf(steps: string[]) {
  if (!process.stderr.isTTY) {
    return { done: () => {}, step: (index: number) => console.error(`[${index + 1}/${steps.length}] ${steps[index]}`) }
  }
  const { default: cliProgress } = await import('cli-progress')
  const bar = new cliProgress.SingleBar(
    { format: ' {bar} {value}/{total} {step}', stream: process.stderr },
    cliProgress.Presets.shades_classic,
  )
  bar.start(steps.length, 0, { step: steps[0] })
  return { done: () => bar.stop(), step: (index: number) => bar.update(index, { step: steps[index] }) }
}

const dryRun = values['dry-run']
const steps = ['starting the database', 'loading the app', 'reading and planning the schedule', dryRun ? 'done' : 'applied']
const progress = await progressOf(steps)
const log = (message: string) => (process.stderr.isTTY ? undefined : console.error(message))
progress.step(0)
const database = await prepareEnvironment(log, { shareRunning: true })
let exitCode = 1
try {
  progress.step(1)
  const { getPayload, createLocalReq } = await import('payload')
  const { default: config } = await import('../payload.config')
  const { runImport } = await import('talk-notes/import')
  const { talkNotesOptionsOf } = await import('talk-notes')
  const payload = await getPayload({ config })
  try {
    const options = talkNotesOptionsOf(payload)
    const events = await payload.find({
      collection: options.slugs.events as CollectionSlug,
      depth: 0,
      limit: 1,
      where: { slug: { equals: values.event } },
    })
    const event = events.docs[0]
    if (!event) throw new Error(`no event with the slug "${values.event}"`)
    let user = null
    if (values.as) {
      const users = await payload.find({ collection: options.slugs.users as CollectionSlug, limit: 1, where: { email: { equals: values.as } } })
      if (!users.docs[0]) throw new Error(`no user with the e-mail address "${values.as}"`)
      user = { ...users.docs[0], collection: options.slugs.users }
    }
    const req = await createLocalReq({ user: user as never }, payload)
    const isUrl = /^[a-z][a-z\d+.-]*:\/\//i.test(source)
    progress.step(2)
    const report = await runImport(req, options, event.id, {
      content: isUrl ? undefined : await readFile(path.resolve(source), 'utf8'),
      dryRun,
      fileName: isUrl ? undefined : path.basename(source),
      format: values.format as never,
      overwrite: values.overwrite,
      url: isUrl ? source : undefined,
    })
    progress.step(3)
    progress.done()
    for (const session of report.sessions) {
      console.log(`${session.action.padEnd(9)} ${session.start ?? ''} ${session.title}${session.room ? ` (${session.room})` : ''}`)
      for (const change of session.changes) console.log(`            ${change.label}: ${change.from || '—'} → ${change.to || '—'}`)
      for (const conflict of session.conflicts) {
        console.log(`            conflict ${conflict.label}: keeping the ${conflict.kept === 'editor' ? "editor's" : "source's"} "${conflict.kept === 'editor' ? conflict.from : conflict.to}" (--overwrite ${conflict.id})`)
      }
    }
    for (const speaker of report.speakers) {
      console.log(`speaker ${speaker.action.padEnd(9)} ${speaker.name}`)
      for (const conflict of speaker.conflicts) console.log(`            kept ${conflict.label} (${conflict.reason})${conflict.reason === 'edited' ? ` (--overwrite ${conflict.id})` : ''}`)
    }
    for (const warning of report.warnings) console.log(`warning   ${warning.where}: ${warning.message}`)
    console.log(`${report.applied ? 'Applied' : 'Dry run'}: ${report.summary}; ${report.counts.sessionsUnchanged} unchanged, ${report.counts.warnings} warnings.`)
    exitCode = report.applied || report.warnings.length === 0 ? 0 : 1
  } finally {
    await payload.destroy()
  }
} catch (error) {
  progress.done()
  const data = (error as { data?: Array<{ message: string }> }).data
  console.error(`import refused: ${Array.isArray(data) && data[0] ? data[0].message : (error as Error).message}`)
} finally {
  await database.stop()
}
process.exit(exitCode)
