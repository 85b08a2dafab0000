// A password reset is answered no sooner than a fixed time whether or not the address exists:
// Payload saves a token and sends mail only for a known one, and the difference would tell.
import { APIError } from 'payload'
import { setTimeout as sleep } from 'node:timers/promises'

export async function answerNoSoonerThan<T>(ms: number, task: () => Promise<T>): Promise<T> {
  const answerAt = Date.now() + ms
  const waitForFloor = () => sleep(Math.max(0, answerAt - Date.now()))
  try {
    const result = await task()
    await waitForFloor()
    return result
  } catch (error) {
    // A rate-limit refusal does not depend on the address existing; it need not wait.
    if (!(error instanceof APIError && error.status === 429)) await waitForFloor()
    throw error
  }
}
