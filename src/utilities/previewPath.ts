// The one check for a `path` that preview routes redirect to, so that no spelling of another host
// (`/\host`, `/<tab>/host`, `//host`, a scheme) turns a preview link into an open redirect.

export type PreviewPathCheck = { path: string; valid: true } | { rule: string; valid: false }

// C0 controls and DEL: WHATWG URL parsing silently removes tab, CR and LF (so `/\t/host` becomes
// `//host`), and any of them in a Location header makes the response fail.
const CONTROL_CHARACTERS = /[\u0000-\u001F\u007F]/
// Encoded slashes or backslashes straight after the first "/" decode to `//` or `/\` on any
// server or proxy that decodes the path once more before redirecting.
const ENCODED_SECOND_SLASH = /^\/(%2f|%5c)/i

/**
 * Accepts `input` only as a relative path on the site at `siteUrl`: a single leading "/", no scheme,
 * no backslash, no control characters, and still same-origin after WHATWG URL parsing. Returns the
 * path, query and hash as the parser serialises them (non-ASCII percent-encoded), or the rule broken.
 */
export function checkPreviewPath(input: string, siteUrl: string): PreviewPathCheck {
  if (CONTROL_CHARACTERS.test(input)) {
    return { rule: 'path must not contain control characters (tab, CR, LF and the like)', valid: false }
  }
  if (input.includes('\\')) return { rule: 'path must not contain a backslash', valid: false }
  if (!input.startsWith('/') || input.startsWith('//') || ENCODED_SECOND_SLASH.test(input)) {
    return { rule: 'path must be a relative path on this site, starting with a single "/"', valid: false }
  }
  const base = new URL(siteUrl)
  let url: URL
  try {
    url = new URL(input, base)
  } catch {
    return { rule: 'path must be a valid URL path', valid: false }
  }
  const path = `${url.pathname}${url.search}${url.hash}`
  // Dot segments can collapse into a leading `//` (`/.//host`, `/a/..//host`): the serialised path
  // is what the browser reads, so it must be a single-slash path as well.
  if (url.origin !== base.origin || path.startsWith('//')) {
    return { rule: 'path must stay on this site', valid: false }
  }
  return { path, valid: true }
}
