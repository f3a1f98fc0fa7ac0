import type { z } from 'zod'
import { issueNotice } from '@pocket/contract'
import { AppError } from './app-error.js'

/** Parses input with a contract schema; the first issue becomes the notice, its path the field. */
export function parseInput<T extends z.ZodType>(schema: T, value: unknown): z.infer<T> {
  const result = schema.safeParse(value ?? {})
  if (result.success) return result.data
  const issue = result.error.issues[0]
  const field = issue.path.join('.')
  throw new AppError('VALIDATION_FAILED', issueNotice(issue.message), field ? { field } : undefined)
}
