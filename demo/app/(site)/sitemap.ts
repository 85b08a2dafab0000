import type { MetadataRoute } from 'next'

import config from '@payload-config'

import { getSitemapEntries } from '../../site/cached'

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const siteUrl = ((await config).serverURL || 'http://localhost:3000').replace(/\/+$/, '')
  const entries = await getSitemapEntries()
  return [
    { changeFrequency: 'daily', url: `${siteUrl}/` },
    { changeFrequency: 'daily', url: `${siteUrl}/notes` },
    ...entries.map((entry) => ({ lastModified: entry.lastModified, url: entry.url })),
  ]
}
