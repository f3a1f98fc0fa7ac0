/**
 * Runs `stop` once on the first SIGINT or SIGTERM. Later ones are ignored while it runs: a
 * supervisor's TERM to the whole process group reaches a server both directly and forwarded by its
 * parent (npm start), and a second signal with no listener left would kill it mid-shutdown — before
 * the last-good copy is written and the database lock released.
 */
export function onStopSignals(stop: (signal: NodeJS.Signals) => Promise<void>): void {
  let stopping = false
  const handle = (signal: NodeJS.Signals) => {
    if (stopping) return
    stopping = true
    void stop(signal)
  }
  process.on('SIGINT', handle)
  process.on('SIGTERM', handle)
}
