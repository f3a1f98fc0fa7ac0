import { AppError } from './app-error.js'

/** `return (await repo.get(id)) ?? notFound('机构')` → 404 找不到该机构 */
export function notFound(what: string): never {
  throw new AppError('NOT_FOUND', `找不到该${what}`)
}
