// Counts SQL statements while a measurement is running (tests and benchmarks of query counts);
// wired into the demo's database adapter as drizzle's logger, a no-op otherwise.
let counting: null | string[] = null

export const queryCounter = {
  logQuery(query: string): void {
    counting?.push(query)
  },
}

/** Runs `work` and returns its result with the SQL statements it sent. */
export async function countQueries<T>(work: () => Promise<T>): Promise<{ queries: string[]; result: T }> {
  const queries: string[] = []
  counting = queries
  try {
    const result = await work()
    return { queries, result }
  } finally {
    counting = null
  }
}
