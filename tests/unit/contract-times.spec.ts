import { z } from 'zod'
import { appRoutes, dcRoutes, Instant, LocalClock, LocalDay } from '@pocket/contract'
import type { RouteSpec } from '@pocket/contract/route'

const TIME_SCHEMAS = new Set<z.ZodType>([Instant, LocalDay, LocalClock])
/** Input fields whose name says they carry a date or a time. */
const TIME_NAME = /(date|day|time|until|since|at|from|to|start|end)$/i
/** Fields so named that carry no date or time (a weekday number, a slot count, the term map's everyday word). */
const NOT_TIMES = new Set(['weekday', 'format', 'seat', 'seats', 'everyday'])

interface Field {
  path: string
  schema: z.ZodType
}

/** Every field of a schema, optional/nullable/default unwrapped, arrays and objects walked. */
function fieldsOf(schema: z.ZodType, path: string): Field[] {
  const def = (schema as unknown as { def: { type: string; innerType?: z.ZodType; element?: z.ZodType } }).def
  if (TIME_SCHEMAS.has(schema)) return [{ path, schema }]
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'default':
    case 'pipe':
    case 'readonly':
      return def.innerType ? fieldsOf(def.innerType, path) : [{ path, schema }]
    case 'array':
      return fieldsOf(def.element!, `${path}[]`)
    case 'object':
      return Object.entries((schema as z.ZodObject).shape).flatMap(([k, v]) => fieldsOf(v as z.ZodType, `${path}.${k}`))
    case 'union':
      return (schema as unknown as { options: z.ZodType[] }).options.flatMap((o) => fieldsOf(o, path))
    default:
      return [{ path, schema }]
  }
}

function inputFields(routes: Record<string, RouteSpec>): Field[] {
  return Object.entries(routes).flatMap(([name, r]) =>
    (['params', 'query', 'body'] as const).flatMap((part) => (r[part] ? fieldsOf(r[part], `${name}.${part}`) : [])),
  )
}

const ALL_INPUTS = [...inputFields(appRoutes), ...inputFields(dcRoutes)]

describe('dates and times in the contract', () => {
  it('types every input field that carries a date or time as Instant, LocalDay or LocalClock', () => {
    const loose = ALL_INPUTS.filter((f) => {
      const leaf = f.path.split('.').pop()!.replace('[]', '')
      return TIME_NAME.test(leaf) && !NOT_TIMES.has(leaf) && !TIME_SCHEMAS.has(f.schema)
    })
    // A string named like a time but free-form would reach a handler as `new Date("x")`.
    expect(loose.filter((f) => (f.schema as unknown as { def: { type: string } }).def.type === 'string')).toEqual([])
  })

  it.each(['x', '09:00', '2026-12-01', '2026-13-01T00:00:00Z', '2026-12-01T08:00:00', '+275760-09-13T00:00:00.000Z'])(
    'refuses %s as an instant',
    (value) => {
      expect(Instant.safeParse(value).success).toBe(false)
    },
  )

  it('refuses an instant outside the years the service can mean', () => {
    expect(Instant.safeParse('9999-12-31T00:00:00Z').success).toBe(false)
    expect(Instant.safeParse('1970-01-01T00:00:00Z').success).toBe(false)
  })

  it.each(['2026-12-01T08:00:00.000Z', '2026-12-01T16:00:00+08:00', '2026-12-01T08:00Z'])('takes %s', (value) => {
    expect(Instant.safeParse(value).success).toBe(true)
  })

  it('refuses a day that is not real or is outside the service years', () => {
    for (const bad of ['9999-12-31', '1899-01-01', '2026-02-30', '2026-1-1', '20261201'])
      expect(LocalDay.safeParse(bad).success).toBe(false)
    expect(LocalDay.safeParse('2026-12-31').success).toBe(true)
  })

  it('refuses junk wherever a route takes a time', () => {
    const timed = ALL_INPUTS.filter((f) => TIME_SCHEMAS.has(f.schema))
    expect(timed.length).toBeGreaterThan(10)
    for (const f of timed) expect([f.path, f.schema.safeParse('275760-09-13').success]).toEqual([f.path, false])
  })
})
