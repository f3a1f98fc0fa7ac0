import { z } from 'zod'
import { listOf } from '../common.js'
import type { RouteTable } from '../route.js'

export const DcAuditEntry = z
  .object({
    at: z.string(),
    actor: z.string(),
    role: z.string(),
    action: z.string(),
    entity: z.string(),
    entityId: z.string(),
    before: z.unknown(),
    after: z.unknown(),
    requestId: z.string().nullable(),
  })
  .meta({ id: 'DcAuditEntry' })
export type DcAuditEntry = z.infer<typeof DcAuditEntry>

export const DcAuditQuery = z.object({ entity: z.string().min(1).max(64), entityId: z.string().min(1).max(64) })
export type DcAuditQuery = z.infer<typeof DcAuditQuery>

export const dcAuditRoutes = {
  audit: {
    method: 'get',
    path: '/audit',
    tag: 'audit',
    auth: true,
    summary: 'Audit trail of one record (system and staff only)',
    query: DcAuditQuery,
    response: listOf(DcAuditEntry).meta({ id: 'DcAuditEntryList' }),
    errors: ['FORBIDDEN'],
  },
} as const satisfies RouteTable
