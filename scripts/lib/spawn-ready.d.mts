import type { ChildProcess } from 'node:child_process'

export interface Running {
  child: ChildProcess
  url: string
  /** Everything the process printed. */
  output(): string
  stop(): Promise<void>
}

export function spawnReady(
  name: string,
  script: string,
  env: Record<string, string>,
  options?: { cwd?: string; show?: (line: string) => boolean; timeoutMs?: number; inheritEnv?: boolean },
): Promise<Running>
