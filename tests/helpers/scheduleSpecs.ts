// c3voc's schedule specs, vendored unmodified in tests/fixtures/c3voc-schedule (see its README): the
// schedule.xml XSD checked with xmllint, and schema.json with Ajv.
import type { ErrorObject } from 'ajv'

import Ajv from 'ajv'
import draft6MetaSchema from 'ajv/dist/refs/json-schema-draft-06.json'
import addFormats from 'ajv-formats'
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const specs = fileURLToPath(new URL('../fixtures/c3voc-schedule', import.meta.url))
export const xmllint = '/usr/bin/xmllint'

export function validateWithXmllint(xml: string): { ok: boolean; output: string } {
  const result = spawnSync(xmllint, ['--noout', '--schema', `${specs}/schedule.xml.xsd`, '-'], {
    encoding: 'utf8',
    input: xml,
  })
  return { ok: result.status === 0, output: `${result.stdout}${result.stderr}` }
}

export function frabJsonValidator() {
  // schema.json declares draft-06: Ajv's default (draft-07) class with the draft-06 meta-schema added.
  const ajv = new Ajv({ allErrors: true, allowUnionTypes: true })
  ajv.addMetaSchema(draft6MetaSchema)
  addFormats(ajv)
  // c3voc's own annotations and its 'color' format, unknown to Ajv; declared so strict mode accepts them.
  ajv.addVocabulary(['$oneOf', '$todo'])
  ajv.addFormat('color', /^#[0-9a-fA-F]{6}$/)
  return ajv.compile(JSON.parse(readFileSync(`${specs}/schema.json`, 'utf8')))
}

/** Ajv's errors as lines, at most `limit` of them. */
export const describeErrors = (errors: ErrorObject[] | null | undefined, limit = Infinity) =>
  (errors ?? []).slice(0, limit).map((error) => `${error.instancePath} ${error.message}`).join('\n')
