// Payload's email adapter interface over a nodemailer transport. Payload's own
// @payloadcms/email-nodemailer has no release matching our Payload version, and its exact-version
// peer makes Payload's dependency check fail at start-up, so the few lines it takes live here.
import type { Transporter } from 'nodemailer'
import type { EmailAdapter } from 'payload'

export interface NodemailerAdapterArgs {
  defaultFromAddress: string
  defaultFromName: string
  transport: Transporter
}

export function nodemailerEmailAdapter({ defaultFromAddress, defaultFromName, transport }: NodemailerAdapterArgs): EmailAdapter {
  return () => ({
    name: 'nodemailer',
    defaultFromAddress,
    defaultFromName,
    sendEmail: (message) =>
      transport.sendMail({ from: { address: defaultFromAddress, name: defaultFromName }, ...message }),
  })
}
