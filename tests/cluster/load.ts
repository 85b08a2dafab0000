// A bounded load for the cluster drills: `concurrency` loops sending requests until stopped, each
// answer recorded with its status (0 when the request itself failed) and its latency.
export interface Outcome {
  at: number
  ms: number
  status: number
  /** What the request function returned for a successful answer (e.g. a created document's id). */
  value?: unknown
}

export interface Load {
  outcomes: Outcome[]
  /** Stops the loops and resolves once every request in flight has ended. */
  stop: () => Promise<Outcome[]>
}

export function startLoad(concurrency: number, send: (index: number) => Promise<{ status: number; value?: unknown }>): Load {
  const outcomes: Outcome[] = []
  let running = true
  let counter = 0
  const loop = async () => {
    while (running) {
      const started = performance.now()
      const index = counter++
      try {
        const { status, value } = await send(index)
        outcomes.push({ at: Date.now(), ms: performance.now() - started, status, value })
      } catch {
        outcomes.push({ at: Date.now(), ms: performance.now() - started, status: 0 })
      }
    }
  }
  const loops = Array.from({ length: concurrency }, loop)
  return {
    outcomes,
    async stop() {
      running = false
      await Promise.all(loops)
      return outcomes
    },
  }
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
}
