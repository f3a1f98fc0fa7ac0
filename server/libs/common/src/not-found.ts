import type { NotFoundThing } from '@pocket/contract'
import { AppError } from './app-error.js'

/** `return (await repo.get(id)) ?? notFound('institution')` → 404, notice `notFound.institution` (找不到该机构). */
export function notFound(thing: NotFoundThing): never {
  throw new AppError('NOT_FOUND', { key: `notFound.${thing}` })
}
