// /robots.txt as a route handler: a robots.ts metadata file is only served from the app root, and
// the site lives in its own route group.
import config from '@payload-config'

export async function GET() {
  const siteUrl = ((await config).serverURL || 'http://localhost:3000').replace(/\/+$/, '')
  const body = ['User-Agent: *', 'Allow: /', 'Disallow: /admin', 'Disallow: /api/', '', `Sitemap: ${siteUrl}/sitemap.xml`, ''].join('\n')
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
}
