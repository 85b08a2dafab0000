// One validator for every text, textarea and rich text field of the plugin's collections: control
// characters (NUL above all, which PostgreSQL cannot store) are a 400 on the field, never a 500.
import type { Field, Validate } from 'payload'

import { validations } from 'payload/shared'

import { hasControlCharacters } from '../utilities/validators.ts'

type CheckedType = 'richText' | 'text' | 'textarea'
const checked = new Set<string>(['richText', 'text', 'textarea'])

interface CheckedField {
  label?: unknown
  name: string
  type: CheckedType
  validate?: unknown
}

function withCheck(field: CheckedField): Field {
  const own = field.validate as undefined | Validate
  const label = typeof field.label === 'string' && field.label !== '' ? field.label : field.name
  const validate: Validate = (value, options) => {
    if (hasControlCharacters(value)) return `${label} must not contain control characters`
    // A custom validate replaces Payload's default for the type, so the default is kept by calling it.
    return own ? own(value, options) : (validations[field.type] as Validate)(value, options)
  }
  return { ...field, validate } as Field
}

/** `fields` with the control-character check on every text-like field, at any depth. */
export function refuseControlCharacters(fields: Field[]): Field[] {
  return fields.map((field): Field => {
    if (field.type === 'tabs') {
      return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: refuseControlCharacters(tab.fields) })) }
    }
    if (field.type === 'blocks') {
      const blocks = field.blocks.map((block) => ({ ...block, fields: refuseControlCharacters(block.fields) }))
      return { ...field, blocks }
    }
    if ('fields' in field && Array.isArray(field.fields)) {
      return { ...field, fields: refuseControlCharacters(field.fields) } as Field
    }
    if (checked.has(field.type) && 'name' in field && !('virtual' in field && field.virtual)) {
      return withCheck(field as CheckedField)
    }
    return field
  })
}
