import fc from 'fast-check'

/** The part of JSON Schema the contract's OpenAPI uses. */
export interface JsonSchema {
  $ref?: string
  type?: string | string[]
  properties?: Record<string, JsonSchema>
  required?: string[]
  items?: JsonSchema
  enum?: unknown[]
  const?: unknown
  anyOf?: JsonSchema[]
  oneOf?: JsonSchema[]
  pattern?: string
  format?: string
  minLength?: number
  maxLength?: number
  minimum?: number
  maximum?: number
  exclusiveMinimum?: number
  exclusiveMaximum?: number
  minItems?: number
  maxItems?: number
}

export type Resolve = (s: JsonSchema) => JsonSchema

/** Resolves `#/components/schemas/X` references against an OpenAPI document. */
export function resolver(doc: { components?: { schemas?: Record<string, JsonSchema> } }): Resolve {
  const resolve: Resolve = (s) => {
    if (!s.$ref) return s
    const name = s.$ref.replace('#/components/schemas/', '')
    const target = doc.components?.schemas?.[name]
    if (!target) throw new Error(`unresolved ${s.$ref}`)
    return resolve(target)
  }
  return resolve
}

/** Values the schema accepts (as far as this generator knows the schema). */
export function valid(schema: JsonSchema, resolve: Resolve): fc.Arbitrary<unknown> {
  const s = resolve(schema)
  if (s.anyOf ?? s.oneOf) return fc.oneof(...(s.anyOf ?? s.oneOf ?? []).map((x) => valid(x, resolve)))
  if (s.const !== undefined) return fc.constant(s.const)
  if (s.enum) return fc.constantFrom(...s.enum)
  const type = Array.isArray(s.type) ? s.type[0] : s.type
  switch (type ?? 'any') {
    case 'string':
      if (s.pattern) return fc.stringMatching(new RegExp(s.pattern))
      return fc.string({ minLength: s.minLength ?? 0, maxLength: Math.min(s.maxLength ?? 40, 200) })
    case 'integer':
      return fc.integer({
        min: Math.ceil(s.minimum ?? s.exclusiveMinimum ?? -1e6),
        max: Math.floor(s.maximum ?? s.exclusiveMaximum ?? 1e6),
      })
    case 'number':
      return fc.double({ min: s.minimum ?? -1e6, max: s.maximum ?? 1e6, noNaN: true })
    case 'boolean':
      return fc.boolean()
    case 'null':
      return fc.constant(null)
    case 'array':
      return fc.array(valid(s.items ?? {}, resolve), {
        minLength: s.minItems ?? 0,
        maxLength: Math.min(s.maxItems ?? 5, 5),
      })
    case 'object': {
      const props = Object.entries(s.properties ?? {})
      const required = new Set(s.required ?? [])
      return fc.record(Object.fromEntries(props.map(([k, v]) => [k, valid(v, resolve)])), {
        requiredKeys: props.map(([k]) => k).filter((k) => required.has(k)),
      })
    }
    default:
      return fc.jsonValue()
  }
}

/** Values just outside what the schema accepts: one past each bound, the wrong type, a missing field. */
export function boundary(schema: JsonSchema, resolve: Resolve): fc.Arbitrary<unknown> {
  const s = resolve(schema)
  const type = Array.isArray(s.type) ? s.type[0] : s.type
  const wrongType = fc.oneof(
    fc.constant(null),
    fc.boolean(),
    fc.integer(),
    fc.string(),
    fc.constant([]),
    fc.constant({}),
  )
  switch (type ?? 'any') {
    case 'string':
      return fc.oneof(
        wrongType,
        fc.constant(''),
        fc.constant('x'.repeat((s.maxLength ?? 256) + 1)),
        fc.string({ unit: 'binary', maxLength: 80 }),
        fc.constantFrom(
          '\u0000',
          '%00',
          '../../etc/passwd',
          "' or 1=1 --",
          '<script>',
          '\uD800',
          '１３９００００００００',
        ),
      )
    case 'integer':
    case 'number':
      return fc.oneof(
        wrongType,
        fc.constantFrom((s.minimum ?? 0) - 1, (s.maximum ?? 0) + 1, 1.5, -0, 1e308, Number.MAX_SAFE_INTEGER + 2),
      )
    case 'object': {
      const props = Object.entries(s.properties ?? {})
      if (props.length === 0) return wrongType
      return fc.oneof(
        wrongType,
        // one field replaced by something just outside its schema
        fc
          .tuple(fc.constantFrom(...props), valid(s, resolve))
          .chain(([[k, v], base]) =>
            boundary(v, resolve).map((bad) => ({ ...(base as Record<string, unknown>), [k]: bad })),
          ),
        // a required field missing, an unknown one added
        valid(s, resolve).map((base) => {
          const o = { ...(base as Record<string, unknown>) }
          delete o[s.required?.[0] ?? props[0][0]]
          return { ...o, unexpected: true }
        }),
      )
    }
    default:
      return wrongType
  }
}
