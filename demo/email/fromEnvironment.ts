// The demo app's mail settings, through Payload's nodemailer adapter: SMTP from SMTP_* variables,
// else .eml files under DATA_DIR/mail and a console summary (see fileTransport).
import type { EmailAdapter } from 'payload'

import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import nodemailer from 'nodemailer'
import path from 'node:path'

import { fileTransport } from './fileTransport'

type Environment = Record<string, string | undefined>

/** "Talk Notes <notes@example.org>" or "notes@example.org" into its parts. */
export function parseMailFrom(value: string | undefined): { address: string; name: string } {
  const fallback = { address: 'talk-notes@localhost', name: 'talk-notes' }
  if (!value?.trim()) return fallback
  const match = /^\s*"?([^"<]*?)"?\s*<([^>]+)>\s*$/.exec(value)
  if (match) return { address: match[2].trim(), name: match[1].trim() || fallback.name }
  return { address: value.trim(), name: fallback.name }
}

export function emailAdapterFromEnvironment(env: Environment = process.env): Promise<EmailAdapter> {
  const from = parseMailFrom(env.MAIL_FROM)
  const host = env.SMTP_HOST?.trim()
  if (!host) {
    const directory = path.resolve(env.DATA_DIR ?? '.data', 'mail')
    if (env.NODE_ENV === 'production') {
      console.warn(`SMTP_HOST is not set: e-mail is written to ${directory} instead of being sent`)
    }
    return nodemailerAdapter({
      defaultFromAddress: from.address,
      defaultFromName: from.name,
      // Nothing to verify: the transport writes files.
      skipVerify: true,
      transport: nodemailer.createTransport(fileTransport(directory)),
    })
  }
  const port = Number(env.SMTP_PORT ?? (env.SMTP_SECURE === 'true' ? 465 : 587))
  if (!Number.isInteger(port) || port <= 0) throw new Error(`SMTP_PORT must be a port number, got "${env.SMTP_PORT}"`)
  // The adapter verifies the connection once at start-up and logs an error if the server can't be reached.
  return nodemailerAdapter({
    defaultFromAddress: from.address,
    defaultFromName: from.name,
    transport: nodemailer.createTransport({
      auth: env.SMTP_USER ? { pass: env.SMTP_PASS ?? '', user: env.SMTP_USER } : undefined,
      host,
      port,
      // true: TLS from the first byte (port 465); false: STARTTLS when the server offers it.
      secure: env.SMTP_SECURE === 'true',
    }),
  })
}
