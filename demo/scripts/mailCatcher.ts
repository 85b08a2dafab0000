// `npm run mail-catcher`: a local SMTP server for trying the speakers' e-mails for real. Start it,
// then run the app with SMTP_HOST=127.0.0.1 SMTP_PORT=1025; every message is printed here (its
// plain text, links included) and kept as an .eml file under MAIL_CATCHER_DIR (.data/caught-mail).
// The browser tests start the same catcher (startMailCatcher) and read the files it keeps.
import type { AddressInfo } from 'node:net'

import { simpleParser } from 'mailparser'
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { SMTPServer } from 'smtp-server'

export interface MailCatcher {
  close: () => Promise<void>
  port: number
}

/** An SMTP server on loopback that keeps every message as `<n>-<time>.eml` in `directory`. */
export async function startMailCatcher(args: {
  directory: string
  log?: (summary: string) => void
  port?: number
}): Promise<MailCatcher> {
  const { directory, log = () => undefined } = args
  let count = 0
  const keep = async (raw: Buffer) => {
    const mail = await simpleParser(raw)
    count += 1
    await mkdir(directory, { recursive: true })
    const file = path.join(directory, `${String(count).padStart(4, '0')}-${Date.now()}.eml`)
    await writeFile(file, raw, { mode: 0o600 })
    const to = Array.isArray(mail.to) ? mail.to.map((entry) => entry.text).join(', ') : (mail.to?.text ?? '')
    log(
      [
        `--- mail ${count} (${file})`,
        `from:    ${mail.from?.text ?? ''}`,
        `to:      ${to}`,
        `subject: ${mail.subject ?? ''}`,
        '',
        (mail.text ?? '').trim(),
        '',
      ].join('\n'),
    )
  }
  const server = new SMTPServer({
    // Loopback only, any login accepted: this is a catcher, not a relay.
    allowInsecureAuth: true,
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onAuth: (_auth, _session, callback) => callback(null, { user: 'catcher' }),
    onData(stream, _session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('end', () => {
        keep(Buffer.concat(chunks)).then(
          () => callback(),
          (error: Error) => callback(error),
        )
      })
    },
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(args.port ?? 0, '127.0.0.1', () => resolve())
  })
  return {
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
    port: (server.server.address() as AddressInfo).port,
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const catcher = await startMailCatcher({
    directory: path.resolve(process.env.MAIL_CATCHER_DIR ?? path.join('.data', 'caught-mail')),
    log: (summary) => console.log(summary),
    port: Number(process.env.MAIL_CATCHER_PORT ?? '1025'),
  })
  console.log(`mail catcher listening on 127.0.0.1:${catcher.port}; run the app with SMTP_HOST=127.0.0.1 SMTP_PORT=${catcher.port}`)
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void catcher.close().then(() => process.exit(0)))
}
