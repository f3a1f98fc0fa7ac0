import type { PipeTransform } from '@nestjs/common'
import type { z } from 'zod'
import { AppError } from './app-error.js'

/** Validates a body or query with a contract schema; the first issue becomes the message. */
export class ZodPipe<T extends z.ZodType> implements PipeTransform<unknown, z.infer<T>> {
  constructor(private readonly schema: T) {}

  transform(value: unknown): z.infer<T> {
    const result = this.schema.safeParse(value ?? {})
    if (result.success) return result.data
    const issue = result.error.issues[0]
    const field = issue.path.join('.')
    throw new AppError('VALIDATION_FAILED', issue.message, field ? { field } : undefined)
  }
}
