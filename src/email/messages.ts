// The speakers' e-mails as data: subject, plain text and HTML (every inserted value escaped).
// Pure, so their wording and escaping need no mail server.

export interface MailContent {
  html: string
  subject: string
  text: string
}

export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
}

function paragraphs(lines: string[]): string {
  return lines.map((line) => `<p>${escapeHtml(line).replace(/\n/g, '<br>')}</p>`).join('\n')
}

function page(body: string): string {
  return `<!doctype html><html><body style="font-family: sans-serif; line-height: 1.5">${body}</body></html>`
}

export function invitationMail(args: { expiresAt: Date; link: string; profileName: string; siteName: string }): MailContent {
  const expires = args.expiresAt.toUTCString()
  const intro = `You have been invited to review your speaker profile "${args.profileName}" on ${args.siteName}.`
  const how =
    'Follow the link to choose a password, then sign in: you will see the text that will be published about you, ' +
    'and you can approve it or propose changes.'
  const validity = `The link works once and expires on ${expires}. A newer invitation replaces it.`
  return {
    html: page(
      `${paragraphs([intro, how])}\n<p><a href="${escapeHtml(args.link)}">Set your password</a></p>\n${paragraphs([validity])}`,
    ),
    subject: `Review your speaker profile on ${args.siteName}`,
    text: `${intro}\n\n${how}\n\n${args.link}\n\n${validity}\n`,
  }
}

export function reviewRequestedMail(args: { adminUrl: string; profileName: string; siteName: string }): MailContent {
  const intro = `An editor asks you to review your speaker profile "${args.profileName}" on ${args.siteName}.`
  const how = 'Sign in to see the text that will be published, then approve it or propose changes.'
  return {
    html: page(`${paragraphs([intro, how])}\n<p><a href="${escapeHtml(args.adminUrl)}">Open your profile</a></p>`),
    subject: `Your speaker profile on ${args.siteName} is ready for review`,
    text: `${intro}\n\n${how}\n\n${args.adminUrl}\n`,
  }
}

export function decisionMail(args: {
  accepted: boolean
  adminUrl: string
  changes: string
  comment: null | string
  profileName: string
  siteName: string
}): MailContent {
  const verdict = args.accepted
    ? `An editor accepted the changes you proposed to your speaker profile "${args.profileName}" on ${args.siteName}. They are now public.`
    : `An editor did not accept the changes you proposed to your speaker profile "${args.profileName}" on ${args.siteName}. The published text stays as it was.`
  const comment = args.comment ? `Comment from the editor:\n${args.comment}` : null
  const changes = args.changes ? `Your proposal:\n${args.changes}` : null
  const next = args.accepted ? null : 'You can sign in to approve the current text or propose changes again.'
  const lines = [verdict, comment, changes, next].filter((line): line is string => Boolean(line))
  return {
    html: page(`${paragraphs(lines)}\n<p><a href="${escapeHtml(args.adminUrl)}">Open your profile</a></p>`),
    subject: args.accepted
      ? `Your profile changes on ${args.siteName} were accepted`
      : `Your profile changes on ${args.siteName} were not accepted`,
    text: `${lines.join('\n\n')}\n\n${args.adminUrl}\n`,
  }
}

export function speakerStepMail(args: {
  adminUrl: string
  changes: string
  profileName: string
  siteName: string
  step: 'approved' | 'proposed'
}): MailContent {
  const intro =
    args.step === 'proposed'
      ? `The speaker of "${args.profileName}" on ${args.siteName} proposed changes to the profile. They stay unpublished until an editor accepts them.`
      : `The speaker of "${args.profileName}" on ${args.siteName} approved the profile's text. It is now public.`
  const changes = args.changes ? `${args.step === 'proposed' ? 'Proposed' : 'Published'} changes:\n${args.changes}` : null
  const next = args.step === 'proposed' ? 'Open the profile to accept or reject the proposal.' : null
  const lines = [intro, changes, next].filter((line): line is string => Boolean(line))
  return {
    html: page(`${paragraphs(lines)}\n<p><a href="${escapeHtml(args.adminUrl)}">Open the profile</a></p>`),
    subject:
      args.step === 'proposed'
        ? `${args.profileName} proposed changes to their speaker profile`
        : `${args.profileName} approved their speaker profile`,
    text: `${lines.join('\n\n')}\n\n${args.adminUrl}\n`,
  }
}
