import { Injectable } from '@nestjs/common'
import type { CreditRecord, DcInstitution, DcPerson, InstitutionKind, PersonKind } from '@pocket/contract'
import { and, asc, desc, eq, like, ne, type SQL } from 'drizzle-orm'
import { DbContext } from '../db/transactions.js'
import { creditRecords, institutions, people, villageAdvisers } from './directory.schema.js'

const personColumns = {
  id: people.id,
  kind: people.kind,
  name: people.name,
  title: people.title,
  phone: people.phone,
  photoUrl: people.photoUrl,
  institutionId: people.institutionId,
  institutionName: institutions.name,
  licenceNo: people.licenceNo,
  specialties: people.specialties,
  languages: people.languages,
  practiceStatus: people.practiceStatus,
  isDemo: people.isDemo,
}

@Injectable()
export class DirectoryRepository {
  constructor(private readonly db: DbContext) {}

  institutions(filter: { kind?: InstitutionKind; region?: string }): Promise<DcInstitution[]> {
    const where: SQL[] = []
    if (filter.kind) where.push(eq(institutions.kind, filter.kind))
    if (filter.region) where.push(like(institutions.regionCode, `${filter.region.replace(/0+$/, '')}%`))
    return this.db.q
      .select()
      .from(institutions)
      .where(and(...where))
      .orderBy(asc(institutions.id))
  }

  async institution(id: string): Promise<DcInstitution | null> {
    const [row] = await this.db.q.select().from(institutions).where(eq(institutions.id, id))
    return row ?? null
  }

  /** People of a kind or an institution; staff only when asked for by kind (they serve no one directly). */
  people(filter: { kind?: PersonKind; institution?: string }): Promise<DcPerson[]> {
    const where: SQL[] = []
    if (filter.kind) where.push(eq(people.kind, filter.kind))
    else where.push(ne(people.kind, 'staff'))
    if (filter.institution) where.push(eq(people.institutionId, filter.institution))
    return this.db.q
      .select(personColumns)
      .from(people)
      .leftJoin(institutions, eq(institutions.id, people.institutionId))
      .where(and(...where))
      .orderBy(asc(people.id))
  }

  async person(id: string): Promise<DcPerson | null> {
    const [row] = await this.db.q
      .select(personColumns)
      .from(people)
      .leftJoin(institutions, eq(institutions.id, people.institutionId))
      .where(eq(people.id, id))
    return row ?? null
  }

  /** A person's public credit record, newest first. */
  credit(personId: string): Promise<CreditRecord[]> {
    return this.db.q
      .select({
        kind: creditRecords.kind,
        date: creditRecords.date,
        title: creditRecords.title,
        issuer: creditRecords.issuer,
      })
      .from(creditRecords)
      .where(eq(creditRecords.personId, personId))
      .orderBy(desc(creditRecords.date), asc(creditRecords.id))
  }

  async personByPhone(phone: string): Promise<DcPerson | null> {
    const [row] = await this.db.q
      .select(personColumns)
      .from(people)
      .leftJoin(institutions, eq(institutions.id, people.institutionId))
      .where(eq(people.phone, phone))
    return row ?? null
  }

  async assignment(villageCode: string): Promise<{ adviserId: string; backupId: string | null } | null> {
    const [row] = await this.db.q
      .select({ adviserId: villageAdvisers.adviserId, backupId: villageAdvisers.backupId })
      .from(villageAdvisers)
      .where(eq(villageAdvisers.villageCode, villageCode))
    return row ?? null
  }

  async villagesOf(personId: string): Promise<string[]> {
    const rows = await this.db.q
      .select({ code: villageAdvisers.villageCode })
      .from(villageAdvisers)
      .where(eq(villageAdvisers.adviserId, personId))
      .orderBy(asc(villageAdvisers.villageCode))
    return rows.map((r) => r.code)
  }
}
