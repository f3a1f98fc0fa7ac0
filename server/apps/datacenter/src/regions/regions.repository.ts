import { Inject, Injectable } from '@nestjs/common'
import type { DcRegion, DcRegionPath } from '@pocket/contract'
import { asc, eq, inArray, isNull, sql } from 'drizzle-orm'
import { DB, type Db } from '../db/database.js'
import { regions, villageAdvisers } from '../db/schema.js'
import { ancestorCodes } from './region-codes.js'

@Injectable()
export class RegionsRepository {
  constructor(@Inject(DB) private readonly db: Db) {}

  async children(parent: string | undefined): Promise<DcRegion[]> {
    // Qualified by hand: drizzle renders columns unqualified inside a select list.
    const childCount = sql<number>`(select count(*) from regions c where c.parent_code = "regions"."code")::int`
    return this.db
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
    const rows = await this.db
      .select({ code: regions.code, name: regions.name, level: regions.level })
      .from(regions)
      .where(inArray(regions.code, ancestorCodes(code)))
      .orderBy(asc(sql`length(${regions.code})`), asc(regions.code))
    const self = rows.find((r) => r.code === code)
    if (!self) return null
    return { code, level: self.level, names: rows.map((r) => r.name) }
  }

  async assignment(villageCode: string): Promise<{ adviserId: string; backupId: string | null } | null> {
    const [row] = await this.db
      .select({ adviserId: villageAdvisers.adviserId, backupId: villageAdvisers.backupId })
      .from(villageAdvisers)
      .where(eq(villageAdvisers.villageCode, villageCode))
    return row ?? null
  }

  async villagesOf(personId: string): Promise<string[]> {
    const rows = await this.db
      .select({ code: villageAdvisers.villageCode })
      .from(villageAdvisers)
      .where(eq(villageAdvisers.adviserId, personId))
      .orderBy(asc(villageAdvisers.villageCode))
    return rows.map((r) => r.code)
  }
}
