import type { z } from 'zod'

/**
 * Parses the environment once at boot. A bad or missing setting stops the
 * process with a message that names it; nothing else reads process.env.
 */
export function parseEnv<T extends z.ZodType>(schema: T, env: NodeJS.ProcessEnv, app: string): z.infer<T> {
  const result = schema.safeParse(env)
  if (result.success) return result.data
  const lines = result.error.issues.map((i) => `  ${i.path.join('.') || '(env)'}: ${i.message}`)
  process.stderr.write(`[${app}] invalid configuration:\n${lines.join('\n')}\n`)
  process.exit(78)
}
