// The image checks read headers with the app's own sharp (config.sharp), never one of their own:
// without it only the markup check runs, as the README says.
import type { CollectionBeforeOperationHook, Config } from 'payload'

import sharp from 'sharp'
import { describe, expect, it } from 'vitest'

import { checkImageContent } from '../../src/collections/Media/hooks/checkImageContent'

const check = checkImageContent({ maxPixels: 40_000_000, speakerFormats: ['jpeg', 'png', 'webp'], usersSlug: 'people-accounts' })
const speaker = { collection: 'people-accounts', id: 1, role: 'speaker', speaker: 2 }
const editor = { collection: 'people-accounts', id: 3, role: 'editor' }

async function run(data: Buffer, name: string, user: object, appSharp: Config['sharp']) {
  const req = { file: { data, mimetype: 'image/png', name, size: data.length }, payload: { config: { sharp: appSharp } }, user }
  const args = { data: {} }
  const hook = check as (...params: Parameters<CollectionBeforeOperationHook>) => Promise<unknown>
  return hook({ args, collection: { slug: 'uploads' }, operation: 'create', req } as never)
}

const solid = (width: number, height: number) => sharp({ create: { background: '#2a6f97', channels: 3, height, width } })

describe('checkImageContent', () => {
  it("refuses a pixel bomb and a speaker's GIF with the app's sharp", async () => {
    const bomb = await solid(7000, 7000).png().toBuffer()
    await expect(run(bomb, 'bomb.png', editor, sharp)).rejects.toThrow(/7000 × 7000 pixels; at most 40 megapixels/)
    const gif = await solid(50, 50).gif().toBuffer()
    await expect(run(gif, 'me.gif', speaker, sharp)).rejects.toThrow(/is a GIF image; speaker photos must be JPEG, PNG, WebP/)
    await expect(run(gif, 'diagram.gif', editor, sharp)).resolves.toBeDefined()
    // A host's media may take any file type; a speaker's must still be an image.
    await expect(run(Buffer.from('%PDF-1.7 plain'), 'cv.pdf', speaker, sharp)).rejects.toThrow(/is not an image/)
    await expect(run(Buffer.from('%PDF-1.7 plain'), 'report.pdf', editor, sharp)).resolves.toBeDefined()
  })

  it('runs only the markup check when the app configured no sharp', async () => {
    const bomb = await solid(7000, 7000).png().toBuffer()
    await expect(run(bomb, 'bomb.png', editor, undefined)).resolves.toBeDefined()
    const gif = await solid(50, 50).gif().toBuffer()
    await expect(run(gif, 'me.gif', speaker, undefined)).resolves.toBeDefined()
    const polyglot = Buffer.concat([await solid(40, 40).jpeg().toBuffer(), Buffer.from('<script>alert(1)</script>')])
    await expect(run(polyglot, 'me.jpg', speaker, undefined)).rejects.toThrow(/file "me\.jpg" contains HTML, SVG or script markup/)
  })

  it("reads the header with the app's sharp, whatever sharp that is", async () => {
    const seen: number[] = []
    const counting = ((input: Buffer, options: object) => {
      seen.push(input.length)
      return sharp(input, options)
    }) as unknown as Config['sharp']
    const png = await solid(20, 20).png().toBuffer()
    await run(png, 'me.png', speaker, counting)
    expect(seen).toEqual([png.length])
  })
})
