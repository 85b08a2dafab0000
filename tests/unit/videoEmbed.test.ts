// Which recording links become an embedded player, and which player URL: only the providers a site
// allows, through their privacy-minded players.
import { describe, expect, it } from 'vitest'

import { sanitizePluginConfig } from '../../src/defaults'
import { videoEmbedUrl } from '../../src/site/videoEmbed'

describe('videoEmbedUrl', () => {
  it('turns YouTube watch, short, live and embed links into youtube-nocookie players', () => {
    for (const link of [
      'https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42',
      'https://youtu.be/dQw4w9WgXcQ',
      'https://m.youtube.com/live/dQw4w9WgXcQ',
      'https://www.youtube.com/embed/dQw4w9WgXcQ',
    ]) {
      expect(videoEmbedUrl(link, ['youtube']), link).toBe('https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ')
    }
  })

  it('turns Vimeo links into players that do not track', () => {
    expect(videoEmbedUrl('https://vimeo.com/76979871', ['vimeo'])).toBe('https://player.vimeo.com/video/76979871?dnt=1')
    expect(videoEmbedUrl('https://player.vimeo.com/video/76979871', ['vimeo'])).toBe('https://player.vimeo.com/video/76979871?dnt=1')
    // An unlisted video plays only with its hash.
    expect(videoEmbedUrl('https://vimeo.com/76979871/abc123', ['vimeo'])).toBe('https://player.vimeo.com/video/76979871?h=abc123&dnt=1')
    expect(videoEmbedUrl('https://player.vimeo.com/video/76979871?h=abc123', ['vimeo'])).toBe('https://player.vimeo.com/video/76979871?h=abc123&dnt=1')
    expect(videoEmbedUrl('https://player.vimeo.com/video/76979871?h=<script>', ['vimeo'])).toBe('https://player.vimeo.com/video/76979871?dnt=1')
  })

  it('embeds nothing from a provider the site did not allow, another host, a malformed id or a non-web URL', () => {
    expect(videoEmbedUrl('https://youtu.be/dQw4w9WgXcQ', ['vimeo'])).toBeNull()
    expect(videoEmbedUrl('https://youtu.be/dQw4w9WgXcQ', [])).toBeNull()
    expect(videoEmbedUrl('https://media.ccc.de/v/some-talk', ['youtube', 'vimeo'])).toBeNull()
    expect(videoEmbedUrl('https://youtube.com.evil.example/watch?v=dQw4w9WgXcQ', ['youtube'])).toBeNull()
    expect(videoEmbedUrl('https://www.youtube.com/watch?v=short', ['youtube'])).toBeNull()
    expect(videoEmbedUrl('javascript:alert(1)//youtu.be/dQw4w9WgXcQ', ['youtube'])).toBeNull()
    expect(videoEmbedUrl('not a url', ['youtube'])).toBeNull()
  })

  it('is off unless the site names its providers, and refuses an unknown one', () => {
    expect(sanitizePluginConfig().videoEmbeds).toEqual({ providers: [] })
    expect(() => sanitizePluginConfig({ videoEmbeds: { providers: ['dailymotion' as 'vimeo'] } })).toThrow(/videoEmbeds.providers may name youtube, vimeo/)
  })
})
