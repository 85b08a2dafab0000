// Upload by URL (`url` and `filename` in the body): fetched here, before the size and content
// checks, so they look at the bytes Payload stores and Payload does not fetch the URL a second time.
import type { CollectionBeforeOperationHook, PayloadRequest } from 'payload'

import { getExternalFile } from 'payload/internal'

import { ruleError } from '../../../utilities/ruleError.ts'

interface UrlSource {
  filename: string
  url: string
}

// Payload strips `url` and `filename` from the data before beforeOperation hooks run and keeps them
// as the file's source; the request body still holds them (REST, JSON or multipart `_payload`).
function urlSourceOf(req: PayloadRequest): null | UrlSource {
  const body = req.data
  if (!body || typeof body.url !== 'string' || typeof body.filename !== 'string') return null
  return { filename: body.filename, url: body.url }
}

function reasonOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  if (/private or internal address/i.test(message)) return 'points to a private or internal address'
  if (/not allowed/i.test(message)) return 'is not on the list of allowed sources'
  if (/HTTP or HTTPS|invalid/i.test(message)) return 'is not a valid http(s) URL'
  if (/redirect/i.test(message)) return 'redirects too often'
  return 'could not be fetched'
}

/**
 * Fetches a file uploaded by URL with Payload's own fetch (its private-address guard, allow list and
 * redirect rules) and hands it over as `req.file`. A refused or unreachable URL is a 400 on `url`.
 */
export const fetchUploadFromUrl: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  if (operation !== 'create' || req.file || args.duplicateFromID || args.overrideAccess) return args
  const source = urlSourceOf(req)
  if (!source || !collection.upload) return args
  try {
    const file = await getExternalFile({ data: source, req, uploadConfig: collection.upload })
    // The declared Content-Length may be missing or false; the size is what was received.
    req.file = { ...file, size: file.data.length }
  } catch (error) {
    throw ruleError(collection.slug, [{ message: `url "${source.url}" ${reasonOf(error)}`, path: 'url' }])
  }
  return args
}
