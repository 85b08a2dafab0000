'use client'
// The review workflow of a speaker profile, at the top of its edit view: the state, the pending
// text as a field-by-field diff against what is published, and the steps the signed-in user may
// take (speaker: approve; editor: invite, request review, accept or reject with a comment). Every
// step goes through the profile's REST endpoints, so the server checks it like any other write.
import { Button, toast, useAuth, useDocumentInfo, useFormModified } from '@payloadcms/ui'
import { useRouter } from 'next/navigation.js'
import React, { useCallback, useEffect, useState } from 'react'

import { plural } from './plural.ts'
import { restErrorMessage, useApiRoot } from './rest.ts'
import { cellStyle, inputStyle as input } from './styles.ts'

// The review's text cells keep the line breaks of bios and link lists.
const cell: React.CSSProperties = { ...cellStyle, whiteSpace: 'pre-wrap' }

interface Change {
  field: string
  from: unknown
  fromName: null | string
  label: string
  to: unknown
  toName: null | string
}

interface Invitation {
  email: null | string
  expiresAt: null | string
  invitedAt: null | string
  state: null | string
  usedAt: null | string
}

interface LogEntry {
  action: string
  at: string
  byEmail?: null | string
  changes: Array<{ field: string; label?: string }> | null
  comment: null | string
  role: null | string
}

interface Review {
  account?: { email: null | string; invitations: Invitation[] }
  changes: Change[]
  log: LogEntry[]
  pendingFrom: 'editor' | 'speaker' | null
  reviewState: string
}

const stateLabels: Record<string, string> = {
  approved: 'Approved',
  'awaiting-speaker': 'Awaiting the speaker',
  'changes-proposed': 'Changes proposed by the speaker',
  drafted: 'Drafted by an editor',
  unreviewed: 'Unreviewed',
}

const logLabels: Record<string, string> = {
  accepted: 'accepted the proposal',
  approved: 'approved the text',
  edited: 'edited the profile',
  'invitation-accepted': 'set a password from the invitation',
  invited: 'sent an invitation',
  proposed: 'proposed changes',
  rejected: 'rejected the proposal',
  'review-requested': 'asked the speaker to review',
  withdrawn: 'withdrew the proposal',
}

function when(value: null | string): string {
  return value ? new Date(value).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' }) : ''
}

function invitationState(invitation: Invitation): string {
  const expired = invitation.state === 'pending' && invitation.expiresAt && new Date(invitation.expiresAt).getTime() < Date.now()
  if (expired) return 'expired'
  if (invitation.state === 'pending') return `pending, expires ${when(invitation.expiresAt)}`
  if (invitation.state === 'used') return `used ${when(invitation.usedAt)}`
  return invitation.state ?? ''
}

function show(value: unknown, name: null | string): string {
  if (name) return name
  if (value === null || value === undefined || value === '') return '(empty)'
  if (Array.isArray(value)) {
    if (value.length === 0) return '(none)'
    return value.map((link: { label?: string; url?: string }) => `${link.label ?? ''} <${link.url ?? ''}>`).join('\n')
  }
  return typeof value === 'number' ? `#${value}` : String(value)
}

/** Who took a step, as the history's sentences start: an address, or the role when the account is gone. */
function actor(entry: LogEntry): string {
  if (entry.byEmail) return entry.byEmail
  return entry.role === 'system' ? 'the system' : `the ${entry.role ?? 'user'}`
}

export function SpeakerReviewPanel() {
  // The profile's own collection: the plugin's speakers slug is the host's to choose.
  const { collectionSlug, id, lastUpdateTime } = useDocumentInfo()
  const { user } = useAuth()
  const root = useApiRoot()
  const modified = useFormModified()
  const router = useRouter()
  const [review, setReview] = useState<null | Review>(null)
  const [loadError, setLoadError] = useState<null | string>(null)
  const [comment, setComment] = useState('')
  const [email, setEmail] = useState('')
  const [busy, setBusy] = useState(false)

  const base = `${root}/${collectionSlug}/${id}`
  const load = useCallback(async () => {
    const response = await fetch(`${base}/review`, { credentials: 'include' })
    if (!response.ok) return setLoadError(await restErrorMessage(response))
    setLoadError(null)
    setReview((await response.json()) as Review)
  }, [base])

  // Again after every save of the form: a speaker's edit is a proposal, an editor's a draft.
  useEffect(() => {
    if (id !== undefined && id !== null && collectionSlug) void load()
  }, [collectionSlug, id, lastUpdateTime, load])

  if (id === undefined || id === null || !collectionSlug) return null
  const role = (user as null | { role?: string })?.role
  const isEditor = role === 'editor' || role === 'admin'

  const send = async (path: string, body: Record<string, unknown>, done: string) => {
    setBusy(true)
    try {
      const response = await fetch(`${base}/${path}`, {
        body: JSON.stringify(body),
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        method: 'POST',
      })
      if (!response.ok) return toast.error(await restErrorMessage(response))
      toast.success(done)
      setComment('')
      setEmail('')
      await load()
      router.refresh()
    } finally {
      setBusy(false)
    }
  }
  const act = (action: string, done: string) => send('review', { action, comment }, done)
  const invite = () => send('invite', { email }, `Invitation sent to ${email.trim()}`)

  if (loadError) return <p className="field-description">The speaker review could not be loaded: {loadError}</p>
  if (!review) return null
  const blocked = busy || modified
  const invitations = review.account?.invitations ?? []

  return (
    <section
      aria-label="Speaker review"
      data-review-state={review.reviewState}
      style={{ border: '1px solid var(--theme-elevation-150)', borderRadius: 4, marginBottom: 24, padding: 16 }}
    >
      <h3 style={{ margin: '0 0 4px' }}>Speaker review: {stateLabels[review.reviewState] ?? review.reviewState}</h3>
      <p className="field-description" style={{ margin: '0 0 12px' }}>
        {isEditor
          ? 'The public profile shows approved text only. With a speaker account, your edits wait for the speaker, and the speaker\'s for you.'
          : 'The fields below hold the exact text that will be published about you. Approve it, or edit it and save to propose changes to the editors.'}
      </p>

      {review.changes.length > 0 ? (
        <table style={{ borderCollapse: 'collapse', marginBottom: 12, width: '100%' }}>
          <caption style={{ marginBottom: 4, textAlign: 'left' }}>
            {review.pendingFrom === 'speaker' ? 'Proposed by the speaker' : 'Drafted by an editor'}, field by field:
          </caption>
          <thead>
            <tr>
              <th style={cell}>Field</th>
              <th style={cell}>Published</th>
              <th style={cell}>{review.pendingFrom === 'speaker' ? 'Proposed' : 'Drafted'}</th>
            </tr>
          </thead>
          <tbody>
            {review.changes.map((change) => (
              <tr data-field={change.field} key={change.field}>
                <th scope="row" style={cell}>
                  {change.label}
                </th>
                <td style={{ ...cell, background: 'var(--theme-error-50)' }}>{show(change.from, change.fromName)}</td>
                <td style={{ ...cell, background: 'var(--theme-success-50)' }}>{show(change.to, change.toName)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}

      {modified ? <p className="field-description">Save or discard your edits before taking a review step.</p> : null}

      {!isEditor && review.pendingFrom !== 'speaker' && review.reviewState !== 'approved' ? (
        <Button buttonStyle="primary" disabled={blocked} onClick={() => void act('approve', 'Approved: this text is now public')} size="small">
          Approve this text
        </Button>
      ) : null}
      {!isEditor && review.pendingFrom === 'speaker' ? (
        <p className="field-description">Your proposal is waiting for an editor. You will get an e-mail when it is accepted or rejected.</p>
      ) : null}

      {isEditor && review.pendingFrom === 'speaker' ? (
        <div>
          <label className="field-label" htmlFor="review-comment">
            Comment to the speaker (required to reject)
          </label>
          <textarea
            id="review-comment"
            onChange={(event) => setComment(event.target.value)}
            rows={3}
            style={{ ...input, marginBottom: 8, width: '100%' }}
            value={comment}
          />
          <div style={{ display: 'flex', gap: 8 }}>
            <Button buttonStyle="primary" disabled={blocked} onClick={() => void act('accept', 'Accepted: the proposal is now public')} size="small">
              Accept proposal
            </Button>
            <Button
              buttonStyle="secondary"
              disabled={blocked || comment.trim() === ''}
              onClick={() => void act('reject', 'Rejected: the published text stays')}
              size="small"
            >
              Reject proposal
            </Button>
          </div>
        </div>
      ) : null}
      {isEditor && review.account?.email && review.pendingFrom === 'editor' && review.reviewState !== 'awaiting-speaker' ? (
        <Button buttonStyle="primary" disabled={blocked} onClick={() => void act('request-review', 'Review requested: the speaker was e-mailed')} size="small">
          Ask the speaker to review
        </Button>
      ) : null}

      {isEditor ? (
        <div style={{ borderTop: '1px solid var(--theme-elevation-150)', marginTop: 12, paddingTop: 12 }}>
          <p className="field-description" style={{ margin: '0 0 8px' }}>
            {review.account?.email ? `Speaker account: ${review.account.email}.` : 'No speaker account yet: editors publish this profile directly.'}
          </p>
          {invitations.length > 0 ? (
            <ul aria-label="Invitations" className="field-description" style={{ margin: '0 0 8px', paddingLeft: 20 }}>
              {invitations.map((invitation, index) => (
                <li key={index}>
                  {when(invitation.invitedAt)}: invitation to {invitation.email}, {invitationState(invitation)}
                </li>
              ))}
            </ul>
          ) : null}
          {/* Not a <form>: the panel sits inside the document's own form. */}
          <div style={{ alignItems: 'center', display: 'flex', gap: 8 }}>
            <label className="field-label" htmlFor="invite-email" style={{ margin: 0 }}>
              Invite the speaker
            </label>
            <input
              id="invite-email"
              onChange={(event) => setEmail(event.target.value)}
              onKeyDown={(event) => {
                // Enter invites instead of saving the whole document.
                if (event.key !== 'Enter') return
                event.preventDefault()
                if (!blocked && email.trim() !== '') void invite()
              }}
              placeholder={review.account?.email ?? 'speaker@example.org'}
              style={{ ...input, flex: 1 }}
              type="email"
              value={email}
            />
            <Button buttonStyle="secondary" disabled={blocked || email.trim() === ''} onClick={() => void invite()} size="small">
              {review.account?.email ? 'Send a new link' : 'Send invitation'}
            </Button>
          </div>
        </div>
      ) : null}

      {review.log.length > 0 ? (
        <details style={{ borderTop: '1px solid var(--theme-elevation-150)', marginTop: 12, paddingTop: 12 }}>
          <summary>History ({plural(review.log.length, 'step')})</summary>
          <ol aria-label="Review history" style={{ margin: '8px 0 0', paddingLeft: 20 }}>
            {review.log.map((entry, index) => (
              <li key={index} style={{ marginBottom: 4 }}>
                {when(entry.at)}: {actor(entry)} {logLabels[entry.action] ?? entry.action}
                {entry.changes?.length ? ` (${entry.changes.map((change) => change.label ?? change.field).join(', ')})` : ''}
                {entry.comment ? <q style={{ display: 'block' }}>{entry.comment}</q> : null}
              </li>
            ))}
          </ol>
        </details>
      ) : null}
    </section>
  )
}
