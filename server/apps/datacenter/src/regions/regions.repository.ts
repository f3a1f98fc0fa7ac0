import { Injectable } from '@nestjs/common'
import type { DcRegion, DcRegionPath } from '@pocket/contract'
import { asc, eq, inArray, isNull, sql } from 'drizzle-orm'
import { DbContext } from '../db/transactions.js'
import { regions } from './regions.schema.js'
import { ancestorCodes } from './region-codes.js'

@Injectable()
export class RegionsRepository {
  constructor(private readonly db: DbContext) {}

  async children(parent: string | undefined): Promise<DcRegion[]> {
    // Qualified by hand: drizzle renders columns unqualified inside a select list.
    const childCount = sql<number>`(select count(*) from regions c where c.parent_code = "regions"."code")::int`
    return this.db.q
      .select({
        code: regions.code,
        parentCode: regions.parentCode,
        name: regions.name,
        level: regions.level,
        childCount,
      })
      .from(regions)
      .where(parent ? eq(regions.parentCode, parent) : isNull(regions.parentCode))
      .orderBy(asc(regions.code))
  }

  async path(code: string): Promise<DcRegionPath | null> {
    const rows = await this.db.q
      .select({ code: regions.code, name: regions.name, level: regions.level })
      .from(regions)
      .where(inArray(regions.code, ancestorCodes(code)))
      .orderBy(asc(sql`length(${regions.code})`), asc(regions.code))
    const self = rows.find((r) => r.code === code)
    if (!self) return null
    return { code, level: self.level, names: rows.map((r) => r.name) }
  }
}
