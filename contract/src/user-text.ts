import { z } from 'zod'

/** The OpenAPI extension (and zod metadata key) that marks a field as text people write for others. */
export const USER_TEXT = 'x-user-text'

/**
 * Marks text a person writes that another person will read (a question, a note, a comment, a
 * topic): the BFF screens every such field with the content check before it goes on, whatever
 * route or frame carries it. A new free-text input is marked here or it fails the contract spec.
 */
export function userText<T extends z.ZodType>(schema: T): T {
  return schema.meta({ [USER_TEXT]: true })
}

function isUserText(schema: z.ZodType): boolean {
  return z.globalRegistry.get(schema)?.[USER_TEXT] === true
}

type Def = { type: string; innerType?: z.ZodType; element?: z.ZodType; in?: z.ZodType; options?: z.ZodType[] }

/** The marked texts of a parsed value, found by walking its schema beside it. */
export function userTextsOf(schema: z.ZodType, value: unknown): string[] {
  if (value === undefined || value === null) return []
  if (isUserText(schema)) return typeof value === 'string' && value.trim() ? [value] : []
  const def = (schema as unknown as { def: Def }).def
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
      return def.innerType ? userTextsOf(def.innerType, value) : []
    case 'pipe':
      return def.in ? userTextsOf(def.in, value) : []
    case 'array':
      return Array.isArray(value) ? value.flatMap((v) => userTextsOf(def.element!, v)) : []
    case 'object': {
      if (typeof value !== 'object') return []
      const shape = (schema as z.ZodObject).shape as Record<string, z.ZodType>
      return Object.entries(shape).flatMap(([k, s]) => userTextsOf(s, (value as Record<string, unknown>)[k]))
    }
    case 'union':
      return [...new Set((def.options ?? []).flatMap((o) => userTextsOf(o, value)))]
    default:
      return []
  }
}

const holds = new WeakMap<z.ZodType, boolean>()

/** Whether any value of a schema can carry a marked text (remembered per schema: asked on every request). */
export function holdsUserText(schema: z.ZodType): boolean {
  let known = holds.get(schema)
  if (known === undefined) {
    known = walk(schema)
    holds.set(schema, known)
  }
  return known
}

function walk(schema: z.ZodType): boolean {
  if (isUserText(schema)) return true
  const def = (schema as unknown as { def: Def }).def
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
      return !!def.innerType && walk(def.innerType)
    case 'pipe':
      return !!def.in && walk(def.in)
    case 'array':
      return walk(def.element!)
    case 'object':
      return Object.values((schema as z.ZodObject).shape).some(walk)
    case 'union':
      return (def.options ?? []).some(walk)
    default:
      return false
  }
}
