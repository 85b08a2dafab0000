// Loads a frab schedule.xml from a URL into ConfClerk (Debian's `confclerk`, 0.7.x) and returns what
// ConfClerk stored, read back the way its Day view lists it: so a test sees the schedule as a real
// frab reader does, not as our own parser does.
//
// ConfClerk has no command-line import, so the helper drives the real program:
//   1. a fresh temporary HOME (and XDG dirs) per load, and an Xvfb on a free display (-displayfd);
//   2. ConfClerk starts once there and creates its SQLite database
//      ($XDG_DATA_HOME/Toastfreeware/ConfClerk/ConfClerk.sqlite), then is stopped;
//   3. a placeholder conference row (active, with the URL) is inserted with the sqlite3 CLI: that is
//      what the Conferences dialog leaves behind after "add from URL" before the download;
//   4. ConfClerk starts again, its main window gets the focus (xdotool; there is no window manager,
//      so windowfocus rather than windowactivate) and Ctrl+R ("Reload Conference") makes it download
//      the URL and parse it exactly as a user's reload does;
//   5. the database is polled until the parse has committed (the conference row gets the schedule's
//      title: ConfClerk writes conference and events in one transaction), or a dialog shows up (its
//      error messages are modal boxes), or the timeout passes; then everything is stopped and removed.
//
// How ConfClerk keeps times (seen in its schema, `-- timezone-less timestamp (Unix Epoch)`, and checked
// against what its Day view shows): an event's `start` is the schedule's wall-clock date and time written
// as if it were UTC, so formatting the epoch in UTC gives back the local 'YYYY-MM-DD HH:MM' of the
// schedule (its UTC offset is kept apart in conference.utc_offset and not applied). ConfClerk adds
// conference.display_time_shift (seconds) when showing a time if it is set; a fresh database has none.
// conference.start/end are the <conference><start>/<end> dates at 00:00 "UTC"; the Day view offers
// every date from start to end (inclusive) and lists on date D the events with
// D + day_change <= start < D + 1 day + day_change. An event outside those days is on no day: `day` is
// null. A <start> that is not 'YYYY-MM-DD' (a date-time) leaves ConfClerk with no usable days, so
// none of the events is listed although they are stored.
import { type ChildProcess, execFileSync, spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

export interface ConfClerkEvent {
  /** The frab event id. */
  id: number
  title: string
  /** The conference day ConfClerk lists the event on ('YYYY-MM-DD'), or null when it lists it on none. */
  day: null | string
  /** Calendar date of the start, local wall clock as ConfClerk shows it ('YYYY-MM-DD'). */
  date: string
  /** Start, local wall clock as ConfClerk shows it ('HH:MM'). */
  start: string
  durationMinutes: number
  /** The room ConfClerk files the event under (the <room name> it was listed in), or null. */
  room: null | string
  /** ConfClerk files an event with an empty <track> under its own 'No track'. */
  track?: string
  type?: string
  /** Names in the order ConfClerk stored them. */
  persons: string[]
}

export interface ConfClerkSchedule {
  conference: {
    title: string
    /** 'YYYY-MM-DD', or null when ConfClerk could not read <conference><start>/<end> as a date. */
    start: null | string
    end: null | string
    /** The days ConfClerk's day navigator offers, start to end. */
    days: string[]
    /** <day_change> as ConfClerk stored it ('HH:MM'). */
    dayChange: string
    /** The schedule's UTC offset in seconds as ConfClerk derived it (from the events' <date>), or null. */
    utcOffsetSeconds: null | number
  }
  /** Ordered by start, then id. */
  events: ConfClerkEvent[]
}

export interface LoadOptions {
  /** How long the download and parse may take (default 60 s). */
  timeoutMs?: number
  /** Keep the temporary HOME (database, logs) for debugging; its path is logged. */
  keepHome?: boolean
}

const tools = ['confclerk', 'Xvfb', 'xdotool', 'sqlite3'] as const

function onPath(command: string): boolean {
  return (process.env.PATH ?? '/usr/bin:/bin')
    .split(path.delimiter)
    .some((directory) => directory && existsSync(path.join(directory, command)))
}

/** The tools the helper needs that are not installed (Debian packages confclerk, xvfb, xdotool, sqlite3). */
export function missingConfClerkTools(): string[] {
  return tools.filter((tool) => !onPath(tool))
}

/** True when ConfClerk, Xvfb, xdotool and the sqlite3 CLI are all installed. */
export function confclerkAvailable(): boolean {
  return missingConfClerkTools().length === 0
}

const placeholderTitle = 'talk-notes: waiting for the schedule download'

const sqlText = (value: string) => `'${value.replaceAll("'", "''")}'`

function sqlite(database: string, sql: string): Array<Record<string, unknown>> {
  const output = execFileSync('sqlite3', ['-json', '-bail', '-cmd', '.timeout 5000', database, sql], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  return output.trim() ? (JSON.parse(output) as Array<Record<string, unknown>>) : []
}

const utcDate = (epochSeconds: number) => new Date(epochSeconds * 1000).toISOString().slice(0, 10)
const utcTime = (epochSeconds: number) => new Date(epochSeconds * 1000).toISOString().slice(11, 16)
const dayBoundary = (seconds: number) =>
  `${String(Math.floor(seconds / 3600)).padStart(2, '0')}:${String(Math.floor((seconds % 3600) / 60)).padStart(2, '0')}`

/** A running child with its output kept for error messages. */
interface Child {
  exited: Promise<void>
  log: () => string
  process: ChildProcess
}

function start(command: string, args: string[], env: NodeJS.ProcessEnv, extraFd = false): Child {
  const child = spawn(command, args, {
    env,
    stdio: ['ignore', 'pipe', 'pipe', ...(extraFd ? ['pipe' as const] : [])],
  })
  let output = ''
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString('utf8')).slice(-8000)
  }
  child.stdout?.on('data', keep)
  child.stderr?.on('data', keep)
  const exited = new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve()
    child.once('exit', () => resolve())
    child.once('error', (error) => {
      keep(Buffer.from(`\n${command}: ${error.message}\n`))
      resolve()
    })
  })
  return { exited, log: () => output.trim(), process: child }
}

const running = (child: Child) => child.process.exitCode === null && child.process.signalCode === null

async function stop(child: Child | undefined): Promise<void> {
  if (!child || !running(child)) return
  child.process.kill('SIGTERM')
  const killed = setTimeout(() => child.process.kill('SIGKILL'), 3000)
  await child.exited
  clearTimeout(killed)
}

/** Polls `check` every 100 ms until it returns a value, the child dies, or the deadline passes. */
async function waitFor<T>(what: string, deadline: number, check: () => T | undefined, child?: Child): Promise<T> {
  for (;;) {
    const value = check()
    if (value !== undefined) return value
    if (child && !running(child)) throw new Error(`${what}: ${path.basename(child.process.spawnfile)} exited`)
    if (Date.now() > deadline) throw new Error(`${what}: timed out`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

function xdotool(display: string, args: string[]): { ok: boolean; stdout: string } {
  const result = spawnSync('xdotool', args, {
    encoding: 'utf8',
    env: { ...process.env, DISPLAY: display },
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 10_000,
  })
  return { ok: result.status === 0, stdout: result.stdout ?? '' }
}

/** ConfClerk's visible top-level windows: the main window first (it is mapped first), then dialogs. */
function windowsOf(display: string, child: Child): string[] {
  const { stdout } = xdotool(display, ['search', '--onlyvisible', '--pid', String(child.process.pid)])
  return stdout.split('\n').filter(Boolean)
}

function readSchedule(database: string): ConfClerkSchedule {
  const [conference] = sqlite(
    database,
    'SELECT id, title, start, "end", day_change, utc_offset, display_time_shift FROM conference WHERE active = 1 ORDER BY id LIMIT 1',
  ) as Array<{
    day_change: null | number
    display_time_shift: null | number
    end: null | number
    id: number
    start: null | number
    title: string
    utc_offset: null | number
  }>
  if (!conference) throw new Error('ConfClerk has no active conference')
  const shift = conference.display_time_shift ?? 0
  const dayChange = conference.day_change ?? 0
  // A <start>/<end> that is not 'yyyy-MM-dd' becomes an invalid QDateTime, stored as (uint)-1 = 4294967295.
  const validDay = (epoch: null | number) => typeof epoch === 'number' && epoch > 0 && epoch < 0xffff_ffff && epoch % 86_400 === 0
  const first = validDay(conference.start) ? (conference.start as number) : undefined
  const last = validDay(conference.end) ? (conference.end as number) : undefined
  const days: string[] = []
  if (first !== undefined && last !== undefined) {
    for (let day = first; day <= last && days.length < 366; day += 86_400) days.push(utcDate(day))
  }

  const rows = sqlite(
    database,
    `SELECT e.id, e.title, e.start, e.duration, e.type, t.name AS track,
       (SELECT r.name FROM event_room er JOIN room r ON r.id = er.xid_room AND r.xid_conference = er.xid_conference
          WHERE er.xid_conference = e.xid_conference AND er.xid_event = e.id ORDER BY er.rowid LIMIT 1) AS room,
       (SELECT json_group_array(name) FROM (SELECT p.name FROM event_person ep
          JOIN person p ON p.id = ep.xid_person AND p.xid_conference = ep.xid_conference
          WHERE ep.xid_conference = e.xid_conference AND ep.xid_event = e.id ORDER BY ep.rowid)) AS persons
     FROM event e LEFT JOIN track t ON t.id = e.xid_track
     WHERE e.xid_conference = ${Number(conference.id)} ORDER BY e.start, e.id`,
  ) as Array<{
    duration: number
    id: number
    persons: string
    room: null | string
    start: number
    title: string
    track: null | string
    type: null | string
  }>

  const events = rows.map((row): ConfClerkEvent => {
    const shown = row.start + shift
    // The conference day whose [D + day_change, D + 1 day + day_change) holds the start.
    const dayOfEvent = utcDate(row.start - dayChange)
    return {
      id: row.id,
      title: row.title,
      day: days.includes(dayOfEvent) ? dayOfEvent : null,
      date: utcDate(shown),
      start: utcTime(shown),
      durationMinutes: Math.round(row.duration / 60),
      room: row.room,
      ...(row.track ? { track: row.track } : {}),
      ...(row.type ? { type: row.type } : {}),
      persons: JSON.parse(row.persons || '[]') as string[],
    }
  })

  return {
    conference: {
      title: conference.title,
      start: first === undefined ? null : utcDate(first),
      end: last === undefined ? null : utcDate(last),
      days,
      dayChange: dayBoundary(dayChange),
      utcOffsetSeconds: conference.utc_offset,
    },
    events,
  }
}

/**
 * Has ConfClerk download the frab schedule.xml at `url` (as Conferences → add from URL, then Reload)
 * and returns what it stored. Rejects, with ConfClerk's output, when it does not load within the timeout.
 */
export async function loadInConfClerk(url: string, options: LoadOptions = {}): Promise<ConfClerkSchedule> {
  const missing = missingConfClerkTools()
  if (missing.length > 0)
    throw new Error(`ConfClerk helper: not installed: ${missing.join(', ')} (apt-get install confclerk xvfb xdotool sqlite3)`)
  const timeoutMs = options.timeoutMs ?? 60_000
  const home = mkdtempSync(path.join(tmpdir(), 'confclerk-'))
  const dataHome = path.join(home, '.local', 'share')
  const runtime = path.join(home, 'runtime')
  mkdirSync(runtime, { mode: 0o700 })
  const database = path.join(dataHome, 'Toastfreeware', 'ConfClerk', 'ConfClerk.sqlite')
  // A clean environment: nothing of the caller's display, session bus, proxy or Qt settings leaks in.
  const env: NodeJS.ProcessEnv = {
    NODE_ENV: process.env.NODE_ENV,
    HOME: home,
    LANG: 'C.UTF-8',
    LC_ALL: 'C.UTF-8',
    PATH: process.env.PATH,
    // Times are "timezone-less" in ConfClerk; a fixed zone keeps anything it derives from the clock stable.
    TZ: 'UTC',
    XDG_CACHE_HOME: path.join(home, '.cache'),
    XDG_CONFIG_HOME: path.join(home, '.config'),
    XDG_DATA_HOME: dataHome,
    XDG_RUNTIME_DIR: runtime,
    QT_QPA_PLATFORM: 'xcb',
    // No proxy variables are passed on; ConfClerk's own setting defaults to a direct connection.
    NO_PROXY: '*',
  }

  let xvfb: Child | undefined
  let confclerk: Child | undefined
  const logs: string[] = []
  const stopConfClerk = async () => {
    await stop(confclerk)
    if (confclerk?.log()) logs.push(`confclerk:\n${confclerk.log()}`)
    confclerk = undefined
  }
  try {
    // Xvfb picks a free display itself and writes its number to fd 3 once it accepts connections;
    // -noreset keeps it from resetting (and refusing connections for a moment) when the first
    // ConfClerk, its only client, exits.
    xvfb = start('Xvfb', ['-displayfd', '3', '-noreset', '-nolisten', 'tcp', '-screen', '0', '1280x1024x24'], env, true)
    let displayNumber = ''
    xvfb.process.stdio[3]?.on('data', (chunk: Buffer) => (displayNumber += chunk.toString('utf8')))
    const display = await waitFor(
      'Xvfb start',
      Date.now() + 15_000,
      () => (/^\d+\n/.test(displayNumber) ? `:${displayNumber.trim()}` : undefined),
      xvfb,
    )
    env.DISPLAY = display
    const mainWindow = (what: string) =>
      waitFor(what, Date.now() + 30_000, () => windowsOf(display, confclerk as Child)[0], confclerk)

    // First start: ConfClerk creates its database (before it shows its window), with its own schema.
    confclerk = start('confclerk', [], env)
    await mainWindow('ConfClerk first start')
    await waitFor('ConfClerk database', Date.now() + 10_000, () =>
      existsSync(database) && sqlite(database, "SELECT name FROM sqlite_master WHERE name = 'conference'").length > 0
        ? true
        : undefined,
    )
    await stopConfClerk()

    sqlite(
      database,
      `INSERT INTO conference (title, start, "end", active, url) VALUES (${sqlText(placeholderTitle)}, 0, 0, 1, ${sqlText(url)})`,
    )

    // Second start: the placeholder is the active conference; Ctrl+R reloads it from its URL.
    confclerk = start('confclerk', [], env)
    const window = await mainWindow('ConfClerk second start')
    await waitFor('ConfClerk focus', Date.now() + 10_000, () => {
      xdotool(display, ['windowfocus', '--sync', window])
      return xdotool(display, ['getwindowfocus']).stdout.trim() === window ? true : undefined
    })
    if (!xdotool(display, ['key', '--clearmodifiers', 'ctrl+r']).ok) throw new Error('xdotool could not send Ctrl+R')

    const deadline = Date.now() + timeoutMs
    await waitFor(
      `ConfClerk loading ${url}`,
      deadline,
      () => {
        const [row] = sqlite(database, 'SELECT title FROM conference WHERE active = 1 ORDER BY id LIMIT 1')
        if (row && row.title !== placeholderTitle) return true
        const dialogs = windowsOf(display, confclerk as Child).filter((id) => id !== window)
        if (dialogs.length > 0) {
          const names = dialogs.map((id) => xdotool(display, ['getwindowname', id]).stdout.trim() || '(untitled)')
          throw new Error(
            `ConfClerk loading ${url}: it opened a dialog (${names.join(', ')}) instead: ConfClerk shows a failed download or a document it cannot parse as a schedule in a message box`,
          )
        }
        return undefined
      },
      confclerk,
    )
    return readSchedule(database)
  } catch (error) {
    await stopConfClerk()
    const detail = [...logs, xvfb?.log() ? `Xvfb:\n${xvfb.log()}` : ''].filter(Boolean).join('\n')
    const message = error instanceof Error ? error.message : String(error)
    throw new Error(`${message}${detail ? `\n${detail}` : '\n(ConfClerk printed nothing)'}`, { cause: error })
  } finally {
    await stopConfClerk()
    await stop(xvfb)
    if (options.keepHome) console.log(`ConfClerk home kept at ${home}`)
    else rmSync(home, { force: true, recursive: true })
  }
}
