import { spawn } from 'node:child_process'
import { lineLog } from './line-log.mjs'

/**
 * The one way this repository starts a server process (npm start, npm run bench, the tests):
 * resolves once it prints `READY <name> <url>`. Lines that match `show` are echoed; `output()`
 * returns everything it printed; `waitForLine(match)` resolves with the first line (printed before or
 * after the call) that matches; `stop(graceMs = 5000)` sends SIGTERM and, after `graceMs`, SIGKILL.
 * `inheritEnv: false` gives the child only PATH plus `env`, so a test sees exactly its settings;
 * `nodeArgs` go to Node before the script.
 */
export function spawnReady(
  name,
  script,
  env,
  { cwd, show = () => false, timeoutMs = 60_000, inheritEnv = true, nodeArgs = [] } = {},
) {
  const child = spawn(process.execPath, [...nodeArgs, script], {
    cwd,
    env: { ...(inheritEnv ? process.env : { PATH: process.env.PATH ?? '' }), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let all = ''
  const log = lineLog(name)
  const stop = (graceMs = 5000) =>
    new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode) return resolve()
      const kill = setTimeout(() => child.kill('SIGKILL'), graceMs)
      child.once('exit', () => {
        clearTimeout(kill)
        resolve()
      })
      child.kill('SIGTERM')
    })
  return new Promise((resolve, reject) => {
    const fail = (why) => reject(new Error(`${name} ${why}:\n${all.slice(-3000)}`))
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      fail(`did not become ready in ${timeoutMs} ms`)
    }, timeoutMs)
    let ready = false
    let buffered = ''
    const onLine = (line) => {
      log.add(line)
      const m = /^READY (\S+) (\S+)/.exec(line)
      if (!ready && m && m[1] === name) {
        ready = true
        clearTimeout(timer)
        resolve({ child, url: m[2].replace(/\/$/, ''), output: () => all, waitForLine: log.waitForLine, stop })
      } else if (show(line)) process.stdout.write(`${line}\n`)
    }
    const pipe = (stream) => {
      stream.setEncoding('utf8')
      stream.on('data', (chunk) => {
        buffered += chunk
        all += chunk
        const lines = buffered.split('\n')
        buffered = lines.pop() ?? ''
        lines.forEach(onLine)
      })
    }
    pipe(child.stdout)
    pipe(child.stderr)
    child.on('exit', (code) => {
      if (ready) return
      clearTimeout(timer)
      fail(`exited with code ${code} before it was ready`)
    })
  })
}
