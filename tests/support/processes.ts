import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { SERVER_BUNDLES } from '../../scripts/lib/server-bundles.mjs'
import { spawnReady, type Running } from '../../scripts/lib/spawn-ready.mjs'
import { TEST_NODE_ARGS } from './node-flags.mjs'

export const ROOT = join(__dirname, '..', '..')

export type { Running }

/**
 * Starts a built server with exactly `env` (plus PATH, and the runner's TZ so servers run in the
 * zone the tests chose) and waits until it is ready.
 */
export function startProcess(name: 'datacenter' | 'bff', env: Record<string, string>): Promise<Running> {
  if (!existsSync(join(ROOT, SERVER_BUNDLES[name])))
    throw new Error(`${SERVER_BUNDLES[name]} is missing: run "npm run build:server" first (npm test does)`)
  const zone: Record<string, string> = process.env.TZ ? { TZ: process.env.TZ } : {}
  return spawnReady(
    name,
    join(ROOT, SERVER_BUNDLES[name]),
    { ...zone, ...env },
    {
      cwd: ROOT,
      timeoutMs: 45_000,
      inheritEnv: false,
      nodeArgs: TEST_NODE_ARGS,
    },
  )
}

/**
 * Ends a server whose data is thrown away next, at once (SIGKILL): a data center's clean stop writes
 * a last-good copy of its PGlite folder (about a CPU-second), which the folder's removal would undo.
 * Stops that are what a test is about use `stop()`.
 */
export function discard(server: Running): Promise<void> {
  if (server.child.exitCode !== null || server.child.signalCode) return Promise.resolve()
  const exited = new Promise<void>((resolve) => server.child.once('exit', () => resolve()))
  server.child.kill('SIGKILL')
  return exited
}

/**
 * Runs a built server (or another built script, by its path under server/dist) to its end:
 * a server expected to refuse to start, or a command such as db:restore. Resolves with its exit
 * code and output.
 */
export function runToExit(
  name: 'datacenter' | 'bff' | `${string}.js`,
  env: Record<string, string>,
): Promise<{ code: number | null; output: string }> {
  const script =
    name === 'datacenter' || name === 'bff' ? join(ROOT, SERVER_BUNDLES[name]) : join(ROOT, 'server/dist', name)
  const child = spawn(process.execPath, [...TEST_NODE_ARGS, script], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', ...env },
  })
  let output = ''
  child.stdout.on('data', (c: Buffer) => (output += c.toString()))
  child.stderr.on('data', (c: Buffer) => (output += c.toString()))
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, output })))
}
