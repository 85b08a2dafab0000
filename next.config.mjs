import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Uploaded files and every other response are served with their declared type only.
  async headers() {
    return [{ headers: [{ key: 'X-Content-Type-Options', value: 'nosniff' }], source: '/:path*' }]
  },
  poweredByHeader: false,
  // Reads its zone files relative to its own folder at run time: keep it out of the bundle.
  serverExternalPackages: ['@touch4it/ical-timezones'],
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
