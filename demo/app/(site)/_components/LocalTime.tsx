'use client'
// The slot's time range on the visitor's clocks, added after hydration; the server-rendered page
// shows the event's time zone only, so it works without JavaScript.
import { useEffect, useState } from 'react'

interface LocalTimeProps {
  end: string
  eventTimeZone: string
  start: string
}

const plainSpaces = (text: string) => text.replace(/[\u00A0\u2009\u202F]/g, ' ')

export function LocalTime({ end, eventTimeZone, start }: LocalTimeProps) {
  const [text, setText] = useState<null | string>(null)

  useEffect(() => {
    const visitorZone = Intl.DateTimeFormat().resolvedOptions().timeZone
    const sameOffset = (instant: string) => {
      const at = new Date(instant)
      const offset = (timeZone: string) =>
        new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
          .formatToParts(at)
          .find((part) => part.type === 'timeZoneName')?.value
      return offset(visitorZone) === offset(eventTimeZone)
    }
    if (visitorZone === eventTimeZone || (sameOffset(start) && sameOffset(end))) return
    const clock = new Intl.DateTimeFormat('en-US', { hour: '2-digit', hour12: true, minute: '2-digit' })
    const zone = new Intl.DateTimeFormat('en-US', { timeZoneName: 'short' })
      .formatToParts(new Date(start))
      .find((part) => part.type === 'timeZoneName')?.value
    setText(plainSpaces(`${clock.format(new Date(start))} – ${clock.format(new Date(end))}${zone ? ` ${zone}` : ''}`))
  }, [end, eventTimeZone, start])

  if (!text) return null
  return (
    <span className="local-time">
      {' '}
      (your time: {text})
    </span>
  )
}
