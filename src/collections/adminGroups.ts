// The admin's navigation and dashboard groups. Payload shows groups in the order their first
// collection has in the config, so src/index.ts orders the collections by these, content first.

/** Group labels, in the order the admin shows them: what editors work on, then images, then the admins' tools. */
export const adminGroups = {
  content: 'Content',
  media: 'Media',
  admin: 'Admin',
} as const
