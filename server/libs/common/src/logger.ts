import { ConsoleLogger } from '@nestjs/common'

/** Structured (one JSON object a line) logs for every server process. */
export function jsonLogger(app: string, level: string): ConsoleLogger {
  const levels = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'] as const
  const upTo = Math.max(0, levels.indexOf(level as (typeof levels)[number]))
  return new ConsoleLogger(app, { json: true, logLevels: [...levels.slice(0, upTo + 1)] })
}
