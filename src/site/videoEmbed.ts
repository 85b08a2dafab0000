// A recording's player, for the sites that allow embedding one (the `videoEmbeds` option): the
// privacy-minded player URL of a YouTube or Vimeo link, or null for any other link or provider.
import type { VideoProvider } from '../types.ts'

const youTubeId = /^[\w-]{11}$/

function youTube(url: URL): null | string {
  const host = url.hostname.replace(/^(www|m)\./, '')
  let id: null | string = null
  if (host === 'youtu.be') id = url.pathname.slice(1)
  else if (host === 'youtube.com' || host === 'youtube-nocookie.com') {
    id = url.pathname === '/watch' ? url.searchParams.get('v') : (/^\/(?:embed|live|shorts)\/([^/]+)/.exec(url.pathname)?.[1] ?? null)
  }
  return id && youTubeId.test(id) ? `https://www.youtube-nocookie.com/embed/${id}` : null
}

function vimeo(url: URL): null | string {
  const host = url.hostname.replace(/^www\./, '')
  // vimeo.com/<id>[/<hash>] and player.vimeo.com/video/<id>?h=<hash>: an unlisted video plays only with its hash.
  const page = host === 'vimeo.com' ? /^\/(\d+)(?:\/([0-9a-f]+))?\/?$/.exec(url.pathname) : null
  const player = host === 'player.vimeo.com' ? /^\/video\/(\d+)\/?$/.exec(url.pathname) : null
  const id = page?.[1] ?? player?.[1]
  if (!id) return null
  const hash = page?.[2] ?? url.searchParams.get('h')
  return `https://player.vimeo.com/video/${id}?${hash && /^[0-9a-f]+$/.test(hash) ? `h=${hash}&` : ''}dnt=1`
}

const players: Record<VideoProvider, (url: URL) => null | string> = { vimeo, youtube: youTube }

/** The embeddable player of `link` on one of `providers`, or null. */
export function videoEmbedUrl(link: string, providers: readonly VideoProvider[]): null | string {
  let url: URL
  try {
    url = new URL(link)
  } catch {
    return null
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null
  for (const provider of providers) {
    const embed = players[provider](url)
    if (embed) return embed
  }
  return null
}
