import type { z } from 'zod'

export type HttpMethod = 'get' | 'post' | 'put' | 'delete'

export interface RouteSpec {
  method: HttpMethod
  /** OpenAPI path, `{param}` style. */
  path: string
  summary: string
  tag: string
  /** Needs `Authorization: Bearer` (app API) or a signature (data center). */
  auth: boolean
  query?: z.ZodObject
  body?: z.ZodType
  /** Response of a 2xx; undefined means 204 No Content. */
  response?: z.ZodType
  status?: number
}
