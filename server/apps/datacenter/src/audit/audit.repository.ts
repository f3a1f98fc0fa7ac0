import { Injectable } from '@nestjs/common'
import { and, asc, eq } from 'drizzle-orm'
import { DbContext } from '../db/transactions.js'
import { auditLog } from './audit.schema.js'

export type AuditRow = typeof auditLog.$inferSelect
export type NewAuditRow = typeof auditLog.$inferInsert

@Injectable()
export class AuditRepository {
  constructor(private readonly db: DbContext) {}

  async insert(row: NewAuditRow): Promise<void> {
    await this.db.q.insert(auditLog).values(row)
  }

  list(entity: string, entityId: string): Promise<AuditRow[]> {
    return this.db.q
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entity, entity), eq(auditLog.entityId, entityId)))
      .orderBy(asc(auditLog.id))
  }
}
