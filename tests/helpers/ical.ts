// Parses an .ics with ical.js the way a calendar client does: its VTIMEZONEs are registered
// first, so TZID times resolve to the right instants.
import ICAL from 'ical.js'

export function parseCalendar(ics: string): ICAL.Component {
  const calendar = new ICAL.Component(ICAL.parse(ics))
  for (const zone of calendar.getAllSubcomponents('vtimezone')) {
    ICAL.TimezoneService.register(new ICAL.Timezone(zone))
  }
  return calendar
}
