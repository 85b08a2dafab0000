// The speakers' journey in the admin panel of the running demo, with its mail going over SMTP to
// the catcher started by globalSetup: an editor invites from the profile's review panel, the
// speaker follows the e-mailed link, signs in to a focused admin, proposes a bio and a photo; the editor sees
// the diff and accepts it; the public API shows the new text. And what the demo speaker sees.
import type { Browser, Page } from 'playwright-core'

import { simpleParser } from 'mailparser'
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { launchChromium, logIn } from './browser'

const baseUrl = inject('baseUrl')
const mailDir = inject('mailDir')
let browser: Browser

beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
})

/** The first caught mail to `to` whose subject matches, waiting for it to arrive. */
async function mailTo(to: string, subject: RegExp) {
  const deadline = Date.now() + 20_000
  for (;;) {
    const names = await readdir(mailDir).catch(() => [] as string[])
    for (const name of names.sort()) {
      const mail = await simpleParser(await readFile(path.join(mailDir, name)))
      const recipients = Array.isArray(mail.to) ? mail.to.flatMap((entry) => entry.value) : (mail.to?.value ?? [])
      if (recipients.some((entry) => entry.address === to) && subject.test(mail.subject ?? '')) return mail
    }
    if (Date.now() > deadline) throw new Error(`no mail to ${to} matching ${subject}`)
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
}

function reviewPanel(page: Page) {
  return page.getByRole('region', { name: 'Speaker review' })
}

async function openProfile(page: Page, id: number) {
  await page.goto(`${baseUrl}/admin/collections/speakers/${id}`)
  await reviewPanel(page).waitFor({ timeout: 30_000 })
}

describe("a speaker's review, in the admin panel", () => {
  it('goes from an invitation to a public, editor-accepted bio', async () => {
    const stamp = Date.now()
    const email = `grace.${stamp}@example.org`
    const { errors: editorErrors, page: editor } = await logIn(browser, baseUrl, 'editor@example.com')
    const created = await editor.request.post(`${baseUrl}/api/speakers`, {
      data: { name: `Grace Hopper ${stamp}`, shortBio: 'Wrote the first compiler.' },
      headers: { Origin: baseUrl },
    })
    expect(created.status()).toBe(201)
    const id = ((await created.json()) as { doc: { id: number } }).doc.id

    // The editor invites from the profile's review panel; the mail goes out over SMTP.
    await openProfile(editor, id)
    await editor.fill('#invite-email', email)
    await reviewPanel(editor).getByRole('button', { name: 'Send invitation' }).click()
    await reviewPanel(editor).getByText(`Speaker account: ${email}.`).waitFor()
    await expect(reviewPanel(editor).getByRole('list', { name: 'Invitations' }).innerText()).resolves.toMatch(/pending, expires/)
    const invitation = await mailTo(email, /Review your speaker profile/)
    const link = /https?:\/\/\S+\/api\/speakers\/invitation\?token=[\w-]+/.exec(invitation.text ?? '')?.[0]
    expect(link?.startsWith(baseUrl)).toBe(true)

    // The speaker follows the link and chooses a password.
    const visitor = await (await browser.newContext()).newPage()
    await visitor.goto(link as string)
    const speakerPassword = 'correct horse battery staple'
    await visitor.fill('#password', speakerPassword)
    await visitor.fill('#confirm', speakerPassword)
    await visitor.click('button[type="submit"]')
    await visitor.getByText('Your password is set').waitFor()
    const signIn = await visitor.getByRole('link', { name: 'Sign in' }).getAttribute('href')
    // The link works once.
    await visitor.goto(link as string)
    await expect(visitor.locator('body').innerText()).resolves.toMatch(/no longer valid|already been used|expired/i)

    // Signing in from the link's last page leads straight to the profile, with the exact text
    // to be published in its fields; the speaker proposes a change.
    const speaker = await (await browser.newContext({ viewport: { height: 1000, width: 1400 } })).newPage()
    const speakerErrors: string[] = []
    speaker.on('pageerror', (error) => speakerErrors.push(error.message))
    await speaker.goto(signIn as string)
    await speaker.fill('input[name="email"]', email)
    await speaker.fill('input[name="password"]', speakerPassword)
    await speaker.click('button[type="submit"]')
    await speaker.waitForURL(`${baseUrl}/admin/collections/speakers/${id}`, { timeout: 30_000 })
    await reviewPanel(speaker).waitFor({ timeout: 30_000 })
    await expect(speaker.inputValue('#field-shortBio')).resolves.toBe('Wrote the first compiler.')
    await speaker.fill('#field-shortBio', 'Rear admiral, wrote the first compiler, found the first bug.')
    // And uploads a photo through the field's upload drawer.
    const portrait = await sharp({ create: { background: '#2a6f97', channels: 3, height: 900, width: 900 } }).jpeg().toBuffer()
    await speaker.locator('.field-type.upload').getByRole('button', { name: 'Create New' }).click()
    await speaker.setInputFiles('input[type="file"]', { buffer: portrait, mimeType: 'image/jpeg', name: 'grace.jpg' })
    await speaker.fill('input[name="alt"]', 'Grace at the podium')
    await speaker.getByRole('button', { name: 'Save' }).last().click()
    await speaker.locator('.field-type.upload').getByText('grace.jpg').waitFor()
    await speaker.click('#action-save')
    await reviewPanel(speaker).getByText('Your proposal is waiting for an editor').waitFor()
    // Nothing is public yet.
    const before = (await (await fetch(`${baseUrl}/api/speakers/${id}?depth=0`)).json()) as { shortBio: string }
    expect(before.shortBio).toBe('Wrote the first compiler.')
    const replayed = await fetch(`${baseUrl}/api/speakers/${id}?depth=0`)
    expect(replayed.headers.get('x-talk-notes-cache')).toBe('hit')
    expect(((await replayed.json()) as { shortBio: string }).shortBio).toBe('Wrote the first compiler.')

    // The editor sees the proposal field by field and accepts it with a comment.
    await openProfile(editor, id)
    const row = reviewPanel(editor).locator('tr[data-field="shortBio"]')
    await expect(row.locator('td').allInnerTexts()).resolves.toEqual([
      'Wrote the first compiler.',
      'Rear admiral, wrote the first compiler, found the first bug.',
    ])
    await expect(reviewPanel(editor).locator('tr[data-field="photo"] td').allInnerTexts()).resolves.toEqual([
      '(empty)',
      'Grace at the podium',
    ])
    await editor.fill('#review-comment', 'Thank you, Grace.')
    await reviewPanel(editor).getByRole('button', { name: 'Accept proposal' }).click()
    await reviewPanel(editor).getByRole('heading', { name: 'Speaker review: Approved' }).waitFor()
    await reviewPanel(editor).getByText('History (').click()
    await expect(reviewPanel(editor).getByRole('list', { name: 'Review history' }).innerText()).resolves.toMatch(
      /editor@example\.com accepted the proposal \(Short bio, Photo\)\s*Thank you, Grace\./,
    )

    // The public API shows the approved text (also at the URL read before, which npm start's REST
    // cache had kept for visitors), and the speaker is told by e-mail.
    const again = (await (await fetch(`${baseUrl}/api/speakers/${id}?depth=0`)).json()) as { shortBio: string }
    expect(again.shortBio).toBe('Rear admiral, wrote the first compiler, found the first bug.')
    const after = (await (await fetch(`${baseUrl}/api/speakers/${id}?depth=1`)).json()) as {
      photo: { alt: string; sizes: { avatar: { height: number; width: number } } }
      shortBio: string
    }
    expect(after.shortBio).toBe('Rear admiral, wrote the first compiler, found the first bug.')
    expect(after.photo.alt).toBe('Grace at the podium')
    expect(after.photo.sizes.avatar).toMatchObject({ height: 256, width: 256 })
    const decision = await mailTo(email, /were accepted/)
    expect(decision.text).toContain('Thank you, Grace.')
    expect([...editorErrors, ...speakerErrors]).toEqual([])
  })
})

describe("the demo speaker's focused admin", () => {
  it('offers only its own profile and its own sessions', async () => {
    const { errors, page } = await logIn(browser, baseUrl, 'speaker@example.com')
    await page.goto(`${baseUrl}/admin`)
    await page.locator('a[href^="/admin/collections/"]').first().waitFor({ timeout: 30_000 })
    const collections = await page
      .locator('a[href^="/admin/collections/"]')
      .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname.split('/')[3]))
    expect([...new Set(collections)].sort()).toEqual(['speakers', 'talks'])

    await page.goto(`${baseUrl}/admin/collections/speakers`)
    await page.getByText('Omar Baldonado').first().waitFor({ timeout: 30_000 })
    expect(await page.locator('table tbody tr').count()).toBe(1)

    // The demo editor's draft waits for it: the exact text in the fields, the change in the panel.
    await page.getByRole('link', { name: 'Omar Baldonado' }).first().click()
    await reviewPanel(page).waitFor({ timeout: 30_000 })
    await expect(reviewPanel(page).locator('tr[data-field="fullBio"] td').allInnerTexts()).resolves.toEqual([
      'Omar is an Engineering Director at Meta.',
      "Omar is an Engineering Director at Meta. At Networking @Scale 2024 he speaks on evolving Meta's edge architecture.",
    ])
    await expect(page.inputValue('#field-fullBio')).resolves.toContain("evolving Meta's edge architecture")
    expect(await reviewPanel(page).getByRole('button', { name: 'Approve this text' }).isEnabled()).toBe(true)
    // The profile's sessions table names each session's event (it said "<No Event>" to speakers).
    const sessionsTable = page.locator('.relationship-table').first()
    await sessionsTable.getByText('Opening Remarks').waitFor({ timeout: 30_000 })
    const sessionsText = await sessionsTable.innerText()
    expect(sessionsText).toContain('Networking @Scale 2024')
    expect(sessionsText).not.toContain('<No Event>')

    const own = (await (
      await fetch(`${baseUrl}/api/talks?limit=100&depth=0&where[speakers.speaker.slug][equals]=omar-baldonado`)
    ).json()) as { docs: Array<{ title: string }>; totalDocs: number }
    expect(own.totalDocs).toBeGreaterThan(0)
    await page.goto(`${baseUrl}/admin/collections/talks`)
    await page.getByText(own.docs[0].title).first().waitFor({ timeout: 30_000 })
    expect(await page.locator('table tbody tr').count()).toBe(own.totalDocs)

    // Another collection is not there for a speaker, even by its address.
    const articles = await page.goto(`${baseUrl}/admin/collections/articles`)
    expect(articles?.status() === 404 || (await page.locator('table tbody tr').count()) === 0).toBe(true)
    expect(errors).toEqual([])
  })
})
