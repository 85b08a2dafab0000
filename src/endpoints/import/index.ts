// `POST /api/{events}/:id/import`: a schedule (a file, its text, or a URL) into one event, for editors.
// A dry run unless `dryRun: false`; the answer is the ImportReport either way. The admin's Import view
// and any script use it; the CLI calls the same `runImport` through the Local API.
import type { Endpoint, PayloadRequest } from 'payload'

import { addDataAndFileToRequest, Forbidden } from 'payload'

import type { SanitizedTalkNotesPluginConfig } from '../../types.ts'

import { isEditorUser } from '../../access/isEditor.ts'
import { csvTemplate } from '../../import/formats/csv.ts'
import { type ImportInput, runImport } from '../../import/runImport.ts'
import { scheduleFormats, type ScheduleFormat } from '../../import/types.ts'
import { ruleError } from '../../utilities/ruleError.ts'

type Refuse = (message: string, path: string) => Error

/** The request's options, from JSON or from a multipart form's `_payload` (with the file as `file`). */
async function inputOf(req: PayloadRequest, field: Refuse): Promise<ImportInput> {
  await addDataAndFileToRequest(req)
  const body = (req.data ?? {}) as Record<string, unknown>
  const { dryRun = true, fileName, format, overwrite = [], url } = body
  let content = body.content
  if (req.file) content = req.file.data.toString('utf8')
  if (typeof dryRun !== 'boolean') throw field('dryRun must be true or false', 'dryRun')
  if (format !== undefined && !(scheduleFormats as readonly unknown[]).includes(format)) {
    throw field(`format must be one of ${scheduleFormats.join(', ')}`, 'format')
  }
  if (!Array.isArray(overwrite) || overwrite.some((id) => typeof id !== 'string')) {
    throw field('overwrite must be a list of conflict ids from a dry run', 'overwrite')
  }
  if (url !== undefined && (typeof url !== 'string' || url.trim() === '')) throw field('url must be an http(s) URL', 'url')
  if (content !== undefined && typeof content !== 'string') throw field('content must be the schedule as text', 'content')
  if ((url === undefined) === (content === undefined)) {
    throw field('give the schedule either as a file (or its text in content) or as a url, not both', url ? 'url' : 'file')
  }
  return {
    content: content as string | undefined,
    dryRun,
    fileName: typeof fileName === 'string' ? fileName : req.file?.name,
    format: format as ScheduleFormat | undefined,
    overwrite: overwrite as string[],
    url: typeof url === 'string' ? url.trim() : undefined,
  }
}

export function createImportEndpoints(options: SanitizedTalkNotesPluginConfig): Endpoint[] {
  // The 400 names the events collection: the import is an operation on an event.
  const field: Refuse = (message, path) => ruleError(options.slugs.events, [{ message, path }])
  return [
    {
      handler: async (req) => {
        if (!isEditorUser(req.user, options.slugs.users)) throw new Forbidden(req.t)
        const id = req.routeParams?.id
        if (typeof id !== 'string' && typeof id !== 'number') throw field('the event id is missing', 'id')
        const report = await runImport(req, options, String(id), await inputOf(req, field))
        return Response.json(report, { status: report.applied ? 201 : 200 })
      },
      method: 'post',
      path: '/:id/import',
    },
    {
      // The spreadsheet layout the CSV import reads: the header line and one example row.
      handler: () =>
        new Response(csvTemplate(), {
          headers: {
            'content-disposition': 'attachment; filename="schedule-template.csv"',
            'content-type': 'text/csv; charset=utf-8',
          },
        }),
      method: 'get',
      path: '/import-template.csv',
    },
  ]
}
