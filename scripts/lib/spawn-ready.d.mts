import type { ChildProcess } from 'node:child_process'

export interface Running {
  child: ChildProcess
  url: string
  /** Everything the process printed. */
  output(): string
  /** The first line printed (before or after the call) that matches; rejects after `ms` (10 s). */
  waitForLine(match: (line: string) => boolean, ms?: number): Promise<string>
  /** SIGTERM, then SIGKILL after `graceMs` (5 s). */
  stop(graceMs?: number): Promise<void>
}

export function spawnReady(
  name: string,
  script: string,
  env: Record<string, string>,
  options?: {
    cwd?: string
    show?: (line: string) => boolean
    timeoutMs?: number
    inheritEnv?: boolean
    nodeArgs?: string[]
  },
): Promise<Running>
