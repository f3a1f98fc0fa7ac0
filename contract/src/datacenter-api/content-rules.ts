import { z } from 'zod'
import { Instant } from '../common.js'
import type { RouteTable } from '../route.js'

/**
 * A rule of the content check kept in the data center and edited by operators: a word (matched
 * in the text with spaces, punctuation and width ignored, letters in any case) or a regular
 * expression; `risky` refuses the text, `review` lets it through and logs it.
 */
export const ContentRule = z
  .object({
    match: z.enum(['word', 'regex']),
    pattern: z
      .string()
      .trim()
      .min(1, 'form.ruleBlank')
      .max(100, 'form.ruleTooLong')
      // eslint-disable-next-line no-control-regex -- refusing control characters is the point
      .refine((p) => !/[\u0000-\u001f]/.test(p), 'form.ruleBadChars'),
    verdict: z.enum(['risky', 'review']),
  })
  .refine((r) => r.match !== 'regex' || compiles(r.pattern), { message: 'form.regexInvalid', path: ['pattern'] })
  .meta({ id: 'ContentRule' })
export type ContentRule = z.infer<typeof ContentRule>

function compiles(pattern: string): boolean {
  try {
    new RegExp(pattern, 'iu')
    return true
  } catch {
    return false
  }
}

export const ContentRuleList = z
  .object({
    items: z.array(ContentRule).max(5000, 'form.rulesTooMany'),
    /** When operators last changed the list (null: never since it shipped). */
    updatedAt: Instant.nullable(),
  })
  .meta({ id: 'ContentRuleList' })
export type ContentRuleList = z.infer<typeof ContentRuleList>

export const ContentRulesBody = z
  .object({ items: z.array(ContentRule).max(5000, 'form.rulesTooMany') })
  .meta({ id: 'ContentRulesBody' })

/** The content check's word list: every BFF reads it; operators replace it (system actor). */
export const dcContentRulesRoutes = {
  contentRules: {
    method: 'get',
    path: '/content-rules',
    tag: 'content-rules',
    auth: true,
    summary: "The content check's rules, which every BFF applies to text people write for others",
    response: ContentRuleList,
  },
  putContentRules: {
    method: 'put',
    path: '/content-rules',
    tag: 'content-rules',
    auth: true,
    summary: "Replaces the content check's rules (operators, system actor); audited",
    body: ContentRulesBody,
    response: ContentRuleList,
    errors: ['FORBIDDEN'],
  },
} as const satisfies RouteTable
