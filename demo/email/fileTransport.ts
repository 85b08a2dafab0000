// A nodemailer transport for development: each message is written as an .eml file (open it in any
// mail client) and summarised on the console, so invitation links work without an SMTP server.
import type { Transport } from 'nodemailer'
import type MailMessage from 'nodemailer/lib/mailer/mail-message'

import { randomBytes } from 'node:crypto'
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'

export interface FileTransportInfo {
  envelope: { from: false | string; to: string[] }
  messageId: string
  path: string
}

function addresses(value: unknown): string {
  if (!value) return ''
  if (Array.isArray(value)) return value.map(addresses).join(', ')
  if (typeof value === 'object' && 'address' in value) return String((value as { address: unknown }).address)
  return String(value)
}

export function fileTransport(directory: string, log: (line: string) => void = console.info): Transport<FileTransportInfo> {
  return {
    name: 'talk-notes-file',
    version: '1',
    send(mail: MailMessage<FileTransportInfo>, callback) {
      mail.message.build((error, raw) => {
        if (error) return callback(error, undefined as unknown as FileTransportInfo)
        const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${randomBytes(4).toString('hex')}.eml`
        const file = path.join(directory, name)
        mkdir(directory, { recursive: true })
          .then(() => writeFile(file, raw, { mode: 0o600 }))
          .then(() => {
            const text = typeof mail.data.text === 'string' ? mail.data.text : ''
            log(
              [
                `mail (no SMTP_HOST set): written to ${file}`,
                `  to: ${addresses(mail.data.to)}`,
                `  subject: ${mail.data.subject ?? ''}`,
                ...text.split('\n').map((line) => `  | ${line}`),
              ].join('\n'),
            )
            const envelope = mail.message.getEnvelope()
            callback(null, { envelope, messageId: mail.message.messageId(), path: file })
          })
          .catch((writeError: Error) => callback(writeError, undefined as unknown as FileTransportInfo))
      })
    },
  }
}
