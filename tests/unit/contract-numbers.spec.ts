import type { z } from 'zod'
import { appRoutes, ClientFrame, dcRoutes } from '@pocket/contract'

/** PostgreSQL's integer: a larger number in a query fails there, as a 500, not as the caller's mistake. */
const INT4_MAX = 2_147_483_647

type Def = {
  type: string
  innerType?: z.ZodType
  in?: z.ZodType
  element?: z.ZodType
  options?: z.ZodType[]
  checks?: { _zod: { def: { check: string; value?: number; maximum?: number; format?: string } } }[]
}

/** Every number of an input, with the largest value its checks allow (Infinity when none bounds it). */
function numbers(schema: z.ZodType, path: string): { path: string; max: number }[] {
  const def = (schema as unknown as { def: Def }).def
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'default':
    case 'readonly':
      return numbers(def.innerType!, path)
    case 'pipe':
      return [...numbers(def.in!, path), ...numbers((def as unknown as { out: z.ZodType }).out, path)]
    case 'array':
      return numbers(def.element!, `${path}[]`)
    case 'object':
      return Object.entries((schema as z.ZodObject).shape).flatMap(([k, v]) => numbers(v as z.ZodType, `${path}.${k}`))
    case 'union':
      return (def.options ?? []).flatMap((o) => numbers(o, path))
    case 'number': {
      const bounds = (def.checks ?? [])
        .map((c) => c._zod.def)
        .flatMap((c) => (c.check === 'less_than' && typeof c.value === 'number' ? [c.value] : []))
      const fromFormat = (schema as unknown as { _zod: { bag: { maximum?: number } } })._zod.bag.maximum
      return [{ path, max: Math.min(Infinity, ...bounds, fromFormat ?? Infinity) }]
    }
    default:
      return []
  }
}

/** Numbers that never reach a query as an integer column: link expiry (checked in the BFF), a ping's echo, a bigint id. */
const EXEMPT = new Set(['download.query.expires', 'ws.data.t', 'settleNotification.params.id'])

describe('numbers in the contract', () => {
  it('bounds every number a route or a frame takes within what the database stores', () => {
    const routes = { ...appRoutes, ...dcRoutes } as Record<string, Record<string, unknown>>
    const inputs = Object.entries(routes).flatMap(([name, r]) =>
      (['params', 'query', 'body'] as const).flatMap((part) =>
        r[part] ? numbers(r[part] as z.ZodType, `${name}.${part}`) : [],
      ),
    )
    const unbounded = [...inputs, ...numbers(ClientFrame, 'ws')]
      .filter((n) => n.max > INT4_MAX && !EXEMPT.has(n.path))
      .map((n) => n.path)
    expect(unbounded).toEqual([])
  })
})
