// Route objects: each route of both APIs is declared once, in its domain's contract file, as an
// entry of a typed record. Servers mount and validate with it, the BFF's data-center client calls
// with it, the client calls with its zod-free projection (./app-api/client-routes.ts), and the
// OpenAPI documents are built from it. This file imports zod's types only.
import type { z } from 'zod'
import type { ErrorCode } from './common.js'

export type HttpMethod = 'get' | 'post' | 'put' | 'delete'

export interface RouteSpec {
  method: HttpMethod
  /** OpenAPI path, `{param}` style; every `{param}` has a schema in `params`. */
  path: string
  summary: string
  tag: string
  /** Needs `Authorization: Bearer` (app API) or a signature (data center). */
  auth: boolean
  params?: z.ZodObject
  query?: z.ZodObject
  /** Request headers the handler reads, keys in lower case (`idempotency-key`). */
  headers?: z.ZodObject
  body?: z.ZodType
  /**
   * Raw files instead of JSON: `upload` takes multipart/form-data with one part named `file`;
   * `download` answers with the file's own bytes and type.
   */
  files?: 'upload' | 'download'
  /** Response of a 2xx; undefined means 204 No Content. */
  response?: z.ZodType
  status?: number
  /** The 4xx answers the route can give besides validation (documented in OpenAPI). */
  errors?: readonly ErrorCode[]
}

export type RouteTable = Record<string, RouteSpec>

type Out<T> = T extends z.ZodType ? z.output<T> : undefined
type In<T> = T extends z.ZodType ? z.input<T> : undefined

/** What a handler receives once the route's schemas have parsed the request. */
export interface ParsedInput<R extends RouteSpec> {
  params: Out<R['params']>
  query: Out<R['query']>
  headers: Out<R['headers']>
  body: Out<R['body']>
}

type Part = 'params' | 'query' | 'headers' | 'body'
type Present<R extends RouteSpec, K extends Part> = undefined extends R[K] ? never : K

/** What a caller sends: only the parts the route has, each in its input form. */
export type CallInput<R extends RouteSpec> = {
  [K in Present<R, 'params'> | Present<R, 'query'> | Present<R, 'headers'> | Present<R, 'body'>]: In<R[K]>
}

/** The 2xx body of a route (void for 204). */
export type ResponseOf<R extends RouteSpec> = R['response'] extends z.ZodType ? z.output<R['response']> : void

/** A route as the client holds it: method, path and auth at run time, everything else as types. */
export interface ClientRoute<R extends RouteSpec = RouteSpec> {
  readonly method: R['method']
  readonly path: R['path']
  readonly auth: R['auth']
  /** Never set: carries the route's types to the request layer. */
  readonly spec?: R
}

export type ClientRoutes<T extends RouteTable> = { readonly [K in keyof T]: ClientRoute<T[K]> }

export type SpecOf<C extends ClientRoute> = NonNullable<C['spec']>

/** `/people/{id}` with `{ id: 'p 1' }` → `/people/p%201`. */
export function fillPath(path: string, params: Record<string, string | number> | undefined): string {
  return path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params?.[name]
    if (value === undefined) throw new Error(`missing path parameter ${name} for ${path}`)
    return encodeURIComponent(String(value))
  })
}

/** `{ a: 1, b: undefined }` → `a=1`; empty values are left out. */
export function queryString(query: Record<string, unknown> | undefined): string {
  if (!query) return ''
  return Object.entries(query)
    .filter(([, v]) => v !== undefined && v !== null && v !== '')
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v as string | number | boolean))}`)
    .join('&')
}

type UnionToIntersection<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void ? I : never

/** Joins the domains' tables into an API's table; a name or method+path used twice fails at load. */
export function joinRoutes<T extends RouteTable[]>(...tables: T): UnionToIntersection<T[number]> {
  const joined: RouteTable = {}
  const seen = new Set<string>()
  for (const table of tables) {
    for (const [name, route] of Object.entries(table)) {
      const where = `${route.method.toUpperCase()} ${route.path}`
      if (joined[name]) throw new Error(`route name ${name} is declared twice`)
      if (seen.has(where)) throw new Error(`route ${where} is declared twice`)
      joined[name] = route
      seen.add(where)
    }
  }
  return joined as UnionToIntersection<T[number]>
}
