// The page behind an invitation link: a password form, or why the link no longer works. Pure HTML
// with every inserted value escaped; served with a CSP that allows no scripts.
import { escapeHtml } from '../../email/messages.ts'

export const minimumPasswordLength = 12

const style = `body{font-family:system-ui,sans-serif;max-width:32rem;margin:4rem auto;padding:0 1rem;line-height:1.5}
label{display:block;margin:1rem 0 .25rem}input{width:100%;padding:.5rem;font-size:1rem;box-sizing:border-box}
button{margin-top:1.5rem;padding:.6rem 1.2rem;font-size:1rem}`

function layout(title: string, body: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="referrer" content="no-referrer"><title>${escapeHtml(title)}</title><style>${style}</style></head>
<body><h1>${escapeHtml(title)}</h1>
${body}
</body></html>`
}

export function invitationFormPage(args: { email: string; error?: string; profileName: string; token: string }): string {
  const error = args.error ? `<p role="alert"><strong>${escapeHtml(args.error)}</strong></p>` : ''
  return layout(
    'Choose your password',
    `<p>Set a password for <strong>${escapeHtml(args.email)}</strong> to review your speaker profile
"${escapeHtml(args.profileName)}".</p>
${error}
<form method="post">
<input type="hidden" name="token" value="${escapeHtml(args.token)}">
<label for="password">Password (at least ${minimumPasswordLength} characters)</label>
<input id="password" name="password" type="password" autocomplete="new-password" minlength="${minimumPasswordLength}" required>
<label for="confirm">Repeat the password</label>
<input id="confirm" name="confirm" type="password" autocomplete="new-password" minlength="${minimumPasswordLength}" required>
<button type="submit">Set password</button>
</form>`,
  )
}

export function invitationDonePage(args: { email: string; loginUrl: string }): string {
  return layout(
    'Your password is set',
    `<p>Sign in as <strong>${escapeHtml(args.email)}</strong> to review your profile.</p>
<p><a href="${escapeHtml(args.loginUrl)}">Sign in</a></p>`,
  )
}

export function invitationErrorPage(message: string): string {
  return layout('This link does not work', `<p>${escapeHtml(message)}</p><p>Ask the event's editors for a new invitation.</p>`)
}

export const invitationPageHeaders = {
  'Cache-Control': 'no-store',
  'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
  'Content-Type': 'text/html; charset=utf-8',
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
}
