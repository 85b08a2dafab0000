// Links of sessions and people: only absolute http(s) URLs are kept, each classified as a recording, the
// slides or another link, from its host, path and title.
import type { ImportWarning, LinkKind, ParsedLink } from '../types.ts'

const recordingHosts = /(?:^|\.)(?:media\.ccc\.de|youtube\.com|youtu\.be|vimeo\.com|peertube\.[a-z.]+)$/i
const slidesHosts = /(?:^|\.)(?:speakerdeck\.com|slideshare\.net|slides\.com)$/i

export function classifyLink(url: URL, title: string | undefined): LinkKind {
  const label = title ?? ''
  if (recordingHosts.test(url.hostname) || /\b(?:recording|video|aufzeichnung)\b/i.test(label)) return 'recording'
  if (
    slidesHosts.test(url.hostname) ||
    /\.pdf$/i.test(url.pathname) ||
    /\bslides?\b|\bfolien\b/i.test(label) ||
    /slides?/i.test(url.pathname)
  ) {
    return 'slides'
  }
  return 'other'
}

/**
 * One link as ParsedLink, or undefined (with a warning) when it is not an http(s) URL. Relative URLs,
 * which pretalx writes for attachments, are resolved against `baseUrl` when the source names one.
 */
export function readLink(
  raw: { kind?: LinkKind; title?: string; url: string | undefined },
  where: string,
  warnings: ImportWarning[],
  baseUrl?: string,
): ParsedLink | undefined {
  const value = raw.url?.trim()
  if (!value) return undefined
  let url: URL
  try {
    url = baseUrl ? new URL(value, baseUrl) : new URL(value)
  } catch {
    warnings.push({ message: `link "${value}" is not an absolute URL; left out`, where })
    return undefined
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    warnings.push({ message: `link "${value}" is not an http(s) URL; left out`, where })
    return undefined
  }
  const title = raw.title?.trim() || undefined
  return { kind: raw.kind ?? classifyLink(url, title), url: url.href, ...(title ? { title } : {}) }
}

/** Appends `link` unless a link to the same URL is there already (frab lists a recording twice at times). */
export function pushLink(links: ParsedLink[], link: ParsedLink | undefined): void {
  if (link && !links.some((known) => known.url === link.url)) links.push(link)
}
