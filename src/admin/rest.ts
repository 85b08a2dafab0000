// What the admin panels share to talk to Payload's REST API: its root URL, and the message a person
// should read from a failed answer.
import { useConfig } from '@payloadcms/ui'

/** The REST API's root as the admin calls it (`serverURL` + `routes.api`, e.g. '/api'). */
export function useApiRoot(): string {
  const {
    config: {
      routes: { api },
      serverURL,
    },
  } = useConfig()
  return `${serverURL ?? ''}${api}`
}

/** The first field error's message when there is one (a 400 names the field and the rule), else the error's own message. */
export async function restErrorMessage(response: Response): Promise<string> {
  const body = (await response.json().catch(() => null)) as null | {
    errors?: Array<{ data?: { errors?: Array<{ message?: string; path?: string }> }; message?: string }>
  }
  const first = body?.errors?.[0]
  return first?.data?.errors?.[0]?.message ?? first?.message ?? `request failed (${response.status})`
}
