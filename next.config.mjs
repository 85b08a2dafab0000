import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Uploaded files and every other response are served with their declared type only.
  async headers() {
    return [{ headers: [{ key: 'X-Content-Type-Options', value: 'nosniff' }], source: '/:path*' }]
  },
  poweredByHeader: false,
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
