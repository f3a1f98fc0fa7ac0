/**
 * Lines a server printed or logged, kept in order, that a caller can wait on: `add(line)` keeps one
 * and settles whoever waits for it; `waitForLine(match, ms)` resolves with the first line (kept
 * before or after the call) that matches, or fails after `ms` naming `who`. A server process
 * (spawn-ready.mjs) and an application in the test's own process (tests/support/in-process.ts) both
 * keep theirs here.
 */
export function lineLog(who) {
  const lines = []
  const waiters = new Set()
  return {
    lines,
    add(line) {
      lines.push(line)
      for (const w of waiters) if (w.match(line) && waiters.delete(w)) w.resolve(line)
    },
    waitForLine: (match, ms = 10_000) =>
      new Promise((resolve, reject) => {
        const seen = lines.find(match)
        if (seen !== undefined) return resolve(seen)
        const waiter = { match, resolve }
        waiters.add(waiter)
        setTimeout(() => {
          if (waiters.delete(waiter)) reject(new Error(`${who} printed no matching line in ${ms} ms`))
        }, ms).unref()
      }),
  }
}
