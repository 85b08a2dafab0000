// The VTIMEZONE of an IANA zone, from timezones-ical-library: vzic's conversion of the IANA database,
// shipped as JavaScript data, so it works wherever the plugin's code is bundled (a file read by path,
// as @touch4it/ical-timezones does, finds nothing once a host's Next.js build has moved the code).
import { tzlib_get_ical_block } from 'timezones-ical-library'

/**
 * The VTIMEZONE component of `zone`, its TZID written as `zone` itself (the library names some
 * zones by their canonical link: `UTC` is `Etc/UTC` there), or null when the library has no such zone.
 */
export function vtimezone(zone: string): null | string {
  const answer = tzlib_get_ical_block(zone)
  const block = Array.isArray(answer) ? answer[0] : undefined
  if (!block?.startsWith('BEGIN:VTIMEZONE')) return null
  return block.replace(/^TZID:.*$/m, `TZID:${zone}`)
}
