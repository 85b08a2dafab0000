import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { withPayload } from '@payloadcms/next/withPayload'

// The demo is the Next.js project in demo/; the plugin it imports (talk-notes, mapped to ../src by
// tsconfig paths, as the plugin template does) and node_modules are in the repository above it.
const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

// With REDIS_URL, Next.js's cache (rendered pages, cached data, tag revalidation) lives in Redis and
// is shared by every instance of the app, through a well-kept handler for Next 15 and 16; its Redis
// needs `notify-keyspace-events Exe`. Without it, each process keeps its own (one `npm start`).
const sharedCache = process.env.REDIS_URL
  ? { cacheHandler: createRequire(import.meta.url).resolve('@trieb.work/nextjs-turbo-redis-cache'), cacheMaxMemorySize: 0 }
  : {}

/** @type {import('next').NextConfig} */
const nextConfig = {
  ...sharedCache,
  async headers() {
    return [
      // Uploaded files and every other response are served with their declared type only.
      { headers: [{ key: 'X-Content-Type-Options', value: 'nosniff' }], source: '/:path*' },
      // The admin (Payload's default route) may be framed by itself only, against clickjacking. The site
      // stays framable: Live Preview shows it in an iframe of the admin, which is the same origin anyway.
      {
        headers: [
          { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
          { key: 'Content-Security-Policy', value: "frame-ancestors 'self'" },
        ],
        source: '/admin/:path*',
      },
    ]
  },
  outputFileTracingRoot: repositoryRoot,
  poweredByHeader: false,
  turbopack: { root: repositoryRoot },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
