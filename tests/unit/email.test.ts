// The demo's mail settings without an SMTP server: Payload's nodemailer adapter over the file
// transport writes each message as an .eml file that mail clients (and mailparser) can read.
import type { Payload } from 'payload'

import { simpleParser } from 'mailparser'
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { emailAdapterFromEnvironment, parseMailFrom } from '../../demo/email/fromEnvironment'

let dataDir: string

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'talk-notes-mail-'))
})

afterAll(async () => {
  await rm(dataDir, { force: true, recursive: true })
})

describe('parseMailFrom', () => {
  it('reads a display name and an address', () => {
    expect(parseMailFrom('"Talk Notes" <notes@example.org>')).toEqual({ address: 'notes@example.org', name: 'Talk Notes' })
    expect(parseMailFrom('Talk Notes <notes@example.org>')).toEqual({ address: 'notes@example.org', name: 'Talk Notes' })
  })

  it('takes a bare address and keeps the default name, and falls back when unset', () => {
    expect(parseMailFrom(' notes@example.org ')).toEqual({ address: 'notes@example.org', name: 'talk-notes' })
    expect(parseMailFrom(undefined)).toEqual({ address: 'talk-notes@localhost', name: 'talk-notes' })
  })
})

describe('emailAdapterFromEnvironment', () => {
  it('writes mail to DATA_DIR/mail as .eml and summarises it on the console when SMTP_HOST is unset', async () => {
    const info = vi.spyOn(console, 'info').mockImplementation(() => undefined)
    try {
      const adapter = (await emailAdapterFromEnvironment({ DATA_DIR: dataDir, MAIL_FROM: 'Conference <team@example.org>' }))({
        payload: {} as Payload,
      })
      expect(adapter.name).toBe('nodemailer')
      expect(adapter.defaultFromAddress).toBe('team@example.org')

      await adapter.sendEmail({
        html: '<p>Follow <a href="https://example.org/x">the link</a></p>',
        subject: 'Review your speaker profile',
        text: 'Follow the link: https://example.org/x',
        to: 'ada@example.test',
      })

      const directory = path.join(dataDir, 'mail')
      const files = (await readdir(directory)).filter((name) => name.endsWith('.eml'))
      expect(files).toHaveLength(1)
      const file = path.join(directory, files[0])
      // Invitation links are secrets: the file is readable by its owner only.
      expect((await stat(file)).mode & 0o077).toBe(0)

      const mail = await simpleParser(await readFile(file))
      expect(mail.subject).toBe('Review your speaker profile')
      expect(mail.from?.value[0]).toMatchObject({ address: 'team@example.org', name: 'Conference' })
      expect(mail.to && !Array.isArray(mail.to) ? mail.to.value[0].address : null).toBe('ada@example.test')
      expect(mail.text?.trim()).toBe('Follow the link: https://example.org/x')

      const summary = info.mock.calls.map((call) => String(call[0])).join('\n')
      expect(summary).toContain(file)
      expect(summary).toContain('| Follow the link: https://example.org/x')
    } finally {
      info.mockRestore()
    }
  })

  it('refuses an SMTP_PORT that is not a port number', () => {
    expect(() => emailAdapterFromEnvironment({ SMTP_HOST: 'mail.example.org', SMTP_PORT: 'smtp' })).toThrow(
      /SMTP_PORT must be a port number, got "smtp"/,
    )
  })
})
