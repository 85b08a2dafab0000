// Where the demo keeps uploads: S3-compatible object storage through @payloadcms/storage-s3 when
// S3_BUCKET is set (every instance of a cluster reads and writes the same bucket, sharp's sizes
// included), otherwise files under DATA_DIR/media, as one `npm start` needs.
//   S3_BUCKET, S3_REGION (default us-east-1), S3_ENDPOINT (an S3-compatible server; path-style
//   addressing), S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY (else the AWS SDK's own chain).
import type { Plugin } from 'payload'

import { s3Storage } from '@payloadcms/storage-s3'

type Environment = Record<string, string | undefined>

export function storageFromEnvironment(mediaSlug: string, env: Environment = process.env): Plugin {
  const bucket = env.S3_BUCKET?.trim()
  const endpoint = env.S3_ENDPOINT?.trim()
  const accessKeyId = env.S3_ACCESS_KEY_ID?.trim()
  const secretAccessKey = env.S3_SECRET_ACCESS_KEY?.trim()
  return s3Storage({
    // The schema is the same with and without S3 (the adapter's `prefix` field), so one set of
    // migrations serves both.
    alwaysInsertFields: true,
    bucket: bucket ?? '',
    collections: { [mediaSlug]: true },
    config: {
      region: env.S3_REGION?.trim() || 'us-east-1',
      ...(endpoint ? { endpoint, forcePathStyle: true } : {}),
      ...(accessKeyId && secretAccessKey ? { credentials: { accessKeyId, secretAccessKey } } : {}),
      // Checksums only where S3 requires them: S3-compatible servers do not all speak the SDK's
      // default CRC32 trailers on streamed uploads.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    },
    enabled: Boolean(bucket),
  })
}
