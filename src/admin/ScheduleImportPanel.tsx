'use client'
// The schedule import on an event's edit view: a file or a URL in, the dry run (sessions and
// speakers to create, update field by field, cancel or remove; conflicts with the editor's value
// kept unless ticked; warnings), then apply, and the event's import history. Every step goes through
// `POST /api/{events}/:id/import`, so the server checks it like any other request.
import { Button, toast, useDocumentInfo, useFormFields, useFormModified } from '@payloadcms/ui'
import { useRouter } from 'next/navigation.js'
import React, { useCallback, useEffect, useState } from 'react'

import { plural } from './plural.ts'
import { restErrorMessage, useApiRoot } from './rest.ts'
import { cellStyle as cell, inputStyle as input } from './styles.ts'

interface FieldChange {
  field: string
  from: string
  label: string
  to: string
}

interface Conflict extends FieldChange {
  id: string
  kept: 'editor' | 'source'
  reason: 'edited' | 'reviewed'
}

interface Report {
  applied: boolean
  counts: Record<string, number>
  format: string
  sessions: Array<{
    action: string
    changes: FieldChange[]
    conflicts: Conflict[]
    guid: string
    room?: string
    start?: string
    title: string
  }>
  source: string
  speakers: Array<{ action: string; changes: FieldChange[]; conflicts: Conflict[]; matchedBy?: string; name: string }>
  summary: string
  warnings: Array<{ message: string; where: string }>
}

interface HistoryEntry {
  createdAt: string
  format: string
  id: number | string
  source: string
  summary: string
  user?: { email?: string } | null | number | string
}

export interface ScheduleImportPanelProps {
  /** The plugin's schedule-imports collection (a host may rename it). */
  historySlug: string
}

const formatLabels: Record<string, string> = {
  'c3voc-json': 'c3voc / pretalx JSON',
  csv: 'CSV (spreadsheet)',
  'frab-xml': 'frab XML (pretalx, frab)',
  sessionize: 'Sessionize "All data" JSON',
}

const actionLabels: Record<string, string> = {
  cancel: 'Cancel',
  create: 'Create',
  remove: 'Remove',
  unchanged: 'Unchanged',
  update: 'Update',
}

function when(value: string): string {
  return new Date(value).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })
}

function ChangeList({ changes }: { changes: FieldChange[] }) {
  if (changes.length === 0) return null
  return (
    <ul style={{ margin: 0, paddingLeft: 16 }}>
      {changes.map((change) => (
        <li data-field={change.field} key={change.field}>
          {change.label}: <del>{change.from || '(empty)'}</del> → <ins>{change.to || '(empty)'}</ins>
        </li>
      ))}
    </ul>
  )
}

function ConflictList({
  conflicts,
  onToggle,
  overwrite,
}: {
  conflicts: Conflict[]
  onToggle: (id: string, take: boolean) => void
  overwrite: Set<string>
}) {
  if (conflicts.length === 0) return null
  return (
    <ul aria-label="Conflicts" style={{ listStyle: 'none', margin: '4px 0 0', padding: 0 }}>
      {conflicts.map((conflict) => (
        <li data-conflict={conflict.id} key={conflict.id} style={{ background: 'var(--theme-warning-50)', padding: '4px 6px' }}>
          <strong>{conflict.label}</strong>{' '}
          {conflict.reason === 'reviewed' ? 'is reviewed by the speaker' : 'was changed by an editor'}: kept “{conflict.from || '(empty)'}”,
          the source says “{conflict.to || '(empty)'}”.
          {conflict.reason === 'edited' ? (
            <label style={{ display: 'block' }}>
              <input
                checked={overwrite.has(conflict.id)}
                onChange={(event) => onToggle(conflict.id, event.target.checked)}
                type="checkbox"
              />{' '}
              Use the source's value
            </label>
          ) : null}
        </li>
      ))}
    </ul>
  )
}

export function ScheduleImportPanel({ historySlug }: ScheduleImportPanelProps) {
  const { collectionSlug, id } = useDocumentInfo()
  const root = useApiRoot()
  const modified = useFormModified()
  const router = useRouter()
  // The URL the last import read: a re-sync is one click.
  const lastUrl = useFormFields(([fields]) => fields['scheduleSource.url']?.value) as string | undefined
  const [mode, setMode] = useState<'file' | 'url'>('url')
  const [url, setUrl] = useState('')
  const [file, setFile] = useState<File | null>(null)
  const [format, setFormat] = useState('')
  const [report, setReport] = useState<null | Report>(null)
  const [overwrite, setOverwrite] = useState<Set<string>>(new Set())
  const [error, setError] = useState<null | string>(null)
  const [busy, setBusy] = useState(false)
  const [history, setHistory] = useState<HistoryEntry[] | null>(null)

  useEffect(() => {
    if (lastUrl && url === '') setUrl(lastUrl)
    // Only the first value: after that the field is the editor's.
  }, [lastUrl])

  const loadHistory = useCallback(async () => {
    if (id === undefined || id === null) return
    const query = new URLSearchParams({ depth: '1', limit: '10', sort: '-createdAt', 'where[event][equals]': String(id) })
    const response = await fetch(`${root}/${historySlug}?${query.toString()}`, { credentials: 'include' })
    if (response.ok) setHistory(((await response.json()) as { docs: HistoryEntry[] }).docs)
  }, [historySlug, id, root])
  useEffect(() => void loadHistory(), [loadHistory])

  if (id === undefined || id === null || !collectionSlug) return null

  // A new source or format makes the shown dry run stale: apply only what was shown.
  const reset = () => {
    setReport(null)
    setOverwrite(new Set())
    setError(null)
  }

  const run = async (dryRun: boolean) => {
    setBusy(true)
    setError(null)
    try {
      const options = {
        dryRun,
        ...(format ? { format } : {}),
        ...(dryRun ? {} : { overwrite: [...overwrite] }),
        ...(mode === 'url' ? { url: url.trim() } : {}),
      }
      let init: RequestInit
      if (mode === 'file' && file) {
        const body = new FormData()
        body.append('file', file)
        body.append('_payload', JSON.stringify(options))
        init = { body, method: 'POST' }
      } else {
        init = { body: JSON.stringify(options), headers: { 'Content-Type': 'application/json' }, method: 'POST' }
      }
      const response = await fetch(`${root}/${collectionSlug}/${id}/import`, { ...init, credentials: 'include' })
      if (!response.ok) {
        setReport(null)
        return setError(await restErrorMessage(response))
      }
      const next = (await response.json()) as Report
      setReport(next)
      if (next.applied) {
        setOverwrite(new Set())
        toast.success(`Imported: ${next.summary}`)
        await loadHistory()
        router.refresh()
      }
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught))
    } finally {
      setBusy(false)
    }
  }

  const toggle = (conflictId: string, take: boolean) =>
    setOverwrite((current) => {
      const next = new Set(current)
      if (take) next.add(conflictId)
      else next.delete(conflictId)
      return next
    })

  const ready = mode === 'url' ? /^https?:\/\//i.test(url.trim()) : file !== null
  const counts = report?.counts ?? {}

  return (
    <section
      aria-label="Schedule import"
      style={{ border: '1px solid var(--theme-elevation-150)', borderRadius: 4, margin: '24px 0', padding: 16 }}
    >
      <h3 style={{ margin: '0 0 4px' }}>Import the schedule</h3>
      <p className="field-description" style={{ margin: '0 0 12px' }}>
        From frab XML, c3voc or pretalx JSON, Sessionize or a spreadsheet (CSV,{' '}
        <a download href={`${root}/${collectionSlug}/import-template.csv`}>
          template
        </a>
        ). Every import shows what it would change first. Re-importing the same source updates what changed there and
        keeps what editors changed here.
      </p>

      {/* Not a <form>: the panel sits inside the document's own form. */}
      <fieldset style={{ border: 0, display: 'flex', flexWrap: 'wrap', gap: 12, margin: '0 0 12px', padding: 0 }}>
        <legend className="field-label">Source</legend>
        <label>
          <input checked={mode === 'url'} name="import-mode" onChange={() => (setMode('url'), reset())} type="radio" /> From a URL
        </label>
        <label>
          <input checked={mode === 'file'} name="import-mode" onChange={() => (setMode('file'), reset())} type="radio" /> Upload a
          file
        </label>
      </fieldset>
      <div style={{ alignItems: 'center', display: 'flex', flexWrap: 'wrap', gap: 8, marginBottom: 12 }}>
        {mode === 'url' ? (
          <input
            aria-label="Schedule URL"
            onChange={(event) => (setUrl(event.target.value), reset())}
            onKeyDown={(event) => {
              // Enter runs the dry run instead of saving the whole event.
              if (event.key !== 'Enter') return
              event.preventDefault()
              if (!busy && ready) void run(true)
            }}
            placeholder="https://pretalx.example.org/conf/schedule/export/schedule.json"
            style={{ ...input, flex: '1 1 320px' }}
            type="url"
            value={url}
          />
        ) : (
          <input
            accept=".xml,.json,.csv,text/csv,application/json,application/xml,text/xml"
            aria-label="Schedule file"
            onChange={(event) => (setFile(event.target.files?.[0] ?? null), reset())}
            type="file"
          />
        )}
        <select aria-label="Format" onChange={(event) => (setFormat(event.target.value), reset())} style={input} value={format}>
          <option value="">Detect the format</option>
          {Object.entries(formatLabels).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
        <Button buttonStyle="secondary" disabled={busy || !ready} onClick={() => void run(true)} size="small">
          Dry run
        </Button>
      </div>

      {error ? (
        <p role="alert" style={{ color: 'var(--theme-error-500)' }}>
          {error}
        </p>
      ) : null}

      {report ? (
        <div aria-label={report.applied ? 'Import applied' : 'Dry run'} data-applied={String(report.applied)} role="region">
          <p style={{ fontWeight: 600, margin: '0 0 8px' }}>
            {report.applied ? 'Applied' : 'Dry run'} ({formatLabels[report.format] ?? report.format}): {report.summary}
          </p>
          {report.warnings.length > 0 ? (
            <details open={report.warnings.length <= 10} style={{ marginBottom: 8 }}>
              <summary>{plural(report.warnings.length, 'warning')}</summary>
              <ul aria-label="Warnings" style={{ margin: '4px 0 0', paddingLeft: 20 }}>
                {report.warnings.map((warning, index) => (
                  <li key={index}>
                    {warning.where}: {warning.message}
                  </li>
                ))}
              </ul>
            </details>
          ) : null}
          {report.sessions.length > 0 ? (
            <table aria-label="Sessions" style={{ borderCollapse: 'collapse', marginBottom: 12, width: '100%' }}>
              <caption style={{ marginBottom: 4, textAlign: 'left' }}>
                Sessions{counts.sessionsUnchanged ? ` (and ${plural(counts.sessionsUnchanged, 'unchanged session')}, not listed)` : ''}
              </caption>
              <thead>
                <tr>
                  <th style={cell}>Change</th>
                  <th style={cell}>Session</th>
                  <th style={cell}>Starts</th>
                  <th style={cell}>Room</th>
                  <th style={cell}>Fields</th>
                </tr>
              </thead>
              <tbody>
                {report.sessions.map((session) => (
                  <tr data-action={session.action} data-guid={session.guid} key={session.guid}>
                    <td style={cell}>{actionLabels[session.action] ?? session.action}</td>
                    <th scope="row" style={cell}>
                      {session.title}
                    </th>
                    <td style={{ ...cell, whiteSpace: 'nowrap' }}>{session.start ?? ''}</td>
                    <td style={cell}>{session.room ?? ''}</td>
                    <td style={cell}>
                      {session.action === 'cancel' ? 'Gone from the source; featured by an article, so kept as cancelled.' : null}
                      {session.action === 'remove' ? 'Gone from the source; nothing features it.' : null}
                      {session.action === 'update' || session.action === 'unchanged' ? <ChangeList changes={session.changes} /> : null}
                      <ConflictList conflicts={session.conflicts} onToggle={toggle} overwrite={overwrite} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
          {report.speakers.length > 0 ? (
            <table aria-label="Speakers" style={{ borderCollapse: 'collapse', marginBottom: 12, width: '100%' }}>
              <caption style={{ marginBottom: 4, textAlign: 'left' }}>Speakers</caption>
              <thead>
                <tr>
                  <th style={cell}>Change</th>
                  <th style={cell}>Speaker</th>
                  <th style={cell}>Fields</th>
                </tr>
              </thead>
              <tbody>
                {report.speakers.map((speaker, index) => (
                  <tr data-action={speaker.action} key={index}>
                    <td style={cell}>
                      {actionLabels[speaker.action] ?? speaker.action}
                      {speaker.matchedBy ? ` (matched by ${speaker.matchedBy})` : ''}
                    </td>
                    <th scope="row" style={cell}>
                      {speaker.name}
                    </th>
                    <td style={cell}>
                      <ChangeList changes={speaker.changes} />
                      <ConflictList conflicts={speaker.conflicts} onToggle={toggle} overwrite={overwrite} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
          {!report.applied ? (
            <>
              {modified ? <p className="field-description">Save or discard your edits to the event before applying.</p> : null}
              <Button buttonStyle="primary" disabled={busy || modified} onClick={() => void run(false)} size="small">
                Apply the import
              </Button>
            </>
          ) : null}
        </div>
      ) : null}

      {history && history.length > 0 ? (
        <details style={{ borderTop: '1px solid var(--theme-elevation-150)', marginTop: 12, paddingTop: 12 }}>
          <summary>Import history ({plural(history.length, 'import')})</summary>
          <table aria-label="Import history" style={{ borderCollapse: 'collapse', marginTop: 8, width: '100%' }}>
            <thead>
              <tr>
                <th style={cell}>When</th>
                <th style={cell}>Who</th>
                <th style={cell}>Source</th>
                <th style={cell}>What changed</th>
              </tr>
            </thead>
            <tbody>
              {history.map((entry) => (
                <tr key={entry.id}>
                  <td style={{ ...cell, whiteSpace: 'nowrap' }}>{when(entry.createdAt)}</td>
                  <td style={cell}>{typeof entry.user === 'object' && entry.user ? (entry.user.email ?? '') : ''}</td>
                  <td style={{ ...cell, wordBreak: 'break-all' }}>
                    {entry.source} ({formatLabels[entry.format] ?? entry.format})
                  </td>
                  <td style={cell}>{entry.summary}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      ) : null}
    </section>
  )
}
