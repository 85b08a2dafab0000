// The message a person should read from a failed REST answer of Payload: the first field error's
// message when there is one (a 400 names the field and the rule), else the error's own message.
export async function restErrorMessage(response: Response): Promise<string> {
  const body = (await response.json().catch(() => null)) as null | {
    errors?: Array<{ data?: { errors?: Array<{ message?: string; path?: string }> }; message?: string }>
  }
  const first = body?.errors?.[0]
  return first?.data?.errors?.[0]?.message ?? first?.message ?? `request failed (${response.status})`
}
