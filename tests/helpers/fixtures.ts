// Small valid documents for tests, written with overrideAccess (the system, not a user).
import type { Payload, TypedUser } from 'payload'

import sharp from 'sharp'

export type Id = number

export async function pngFile(name = 'pixel.png') {
  const data = await sharp({ create: { background: '#336699', channels: 3, height: 8, width: 8 } }).png().toBuffer()
  return { data, mimetype: 'image/png', name, size: data.length }
}

let counter = 0
export const unique = (prefix: string) => `${prefix}-${process.pid}-${Date.now().toString(36)}-${(counter += 1)}`

export async function createEventFixture(payload: Payload) {
  const series = await payload.create({ collection: 'event-series', data: { name: unique('Series') } })
  const event = await payload.create({
    collection: 'events',
    data: {
      dates: [{ end: '2030-05-01T18:00:00.000Z', start: '2030-05-01T09:00:00.000Z' }],
      format: 'in-person',
      registrationStatus: 'open',
      series: series.id,
      timezone: 'Europe/Berlin',
      title: unique('Event'),
    },
  })
  return { event, series }
}

const testPassword = 'a-long-test-password'

/** A user as the Local API expects it, with its auth collection. */
export async function createUser(
  payload: Payload,
  role: 'admin' | 'editor' | 'speaker',
  speaker?: Id,
): Promise<TypedUser> {
  const user = await payload.create({
    collection: 'users',
    data: { email: `${unique(role)}@example.test`, password: testPassword, role, speaker },
  })
  return { ...user, collection: 'users' } as TypedUser
}

/** Half-hour talks on the fixture event's day (2030-05-01), one per starting hour (UTC). */
export async function createTalkFixtures(payload: Payload, eventId: Id, hours = [10, 11, 12]): Promise<Id[]> {
  const ids: Id[] = []
  for (const hour of hours) {
    const talk = await payload.create({
      collection: 'talks',
      data: {
        endsAt: `2030-05-01T${hour}:30:00.000Z`,
        event: eventId,
        kind: 'talk',
        startsAt: `2030-05-01T${hour}:00:00.000Z`,
        title: unique('Talk'),
      } as never,
    })
    ids.push(talk.id)
  }
  return ids
}

/** A JWT for a user made by createUser, for REST and GraphQL calls on its behalf. */
export async function tokenOf(payload: Payload, user: TypedUser): Promise<string> {
  const { token } = await payload.login({ collection: 'users', data: { email: user.email as string, password: testPassword } })
  return token as string
}
