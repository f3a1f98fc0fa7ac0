// 视频咨询 nobody joined become 未到 after their end, on a real (in-memory, migrated, seeded) PGlite.
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { ConsoleLogger } from '@nestjs/common'
import { addDays, instantAt, localDateOf, VIDEO_CONSULT_ITEM } from '@pocket/contract'
import { eq } from 'drizzle-orm'
import { accounts } from '../accounts/accounts.schema.js'
import { AuditRepository } from '../audit/audit.repository.js'
import { AuditTrail } from '../audit/audit-trail.js'
import type { Actor } from '../common/actor.js'
import type { DcConfig } from '../config.js'
import { openDatabase, type OpenDatabase } from '../db/database.js'
import { seedDemoData } from '../demo-seed.js'
import { DbContext, TransactionRunner, TransactionScope } from '../db/transactions.js'
import { requestEvents, requests } from '../requests/requests.schema.js'
import { RequestsRepository } from '../requests/requests.repository.js'
import { RequestKinds } from '../requests/request-kinds.js'
import { RequestsService } from '../requests/requests.service.js'
import { appointments } from './booking.schema.js'
import { PartyAppointments } from './party-appointments.js'

const system: Actor = { id: 'system:bff', role: 'system', requestId: 'r-1' }
const FIRM = 'inst-law-helan'

describe('视频咨询 nobody joined', () => {
  let database: OpenDatabase
  let appointmentsOfParty: PartyAppointments
  let tx: TransactionRunner
  let n = 0

  /** A booked 视频咨询 on `date` at `start` (half an hour), as booking leaves it. */
  const booked = async (date: string, start: string, end: string, status: 'booked' | 'completed' = 'booked') => {
    const number = `2026120640000${String(++n).padStart(2, '0')}0`
    await database.db.insert(requests).values({
      number,
      kind: 'appointment',
      channel: 'miniprogram',
      accountId: 'acc-video',
      contactPhone: '13900000001',
      title: '视频咨询',
      institutionId: FIRM,
    })
    await database.db.insert(appointments).values({
      number,
      accountId: 'acc-video',
      itemCode: VIDEO_CONSULT_ITEM,
      institutionId: FIRM,
      date,
      start,
      end,
      startsAt: instantAt(date, start),
      status,
      topic: '宅基地纠纷',
      note: '',
    })
    return number
  }
  const statusOf = async (number: string) =>
    (await database.db.select({ s: appointments.status }).from(appointments).where(eq(appointments.number, number)))[0]
      .s

  before(async () => {
    database = await openDatabase({ PGLITE_DIR: 'memory://' } as DcConfig, new ConsoleLogger())
    await seedDemoData(database.db)
    await database.db.insert(accounts).values({ id: 'acc-video', role: 'resident', displayName: '居民' })
    const scope = new TransactionScope()
    const db = new DbContext(database.db, scope)
    tx = new TransactionRunner(database.db, scope)
    const trail = new AuditTrail(db, new AuditRepository(db))
    const requestsService = new RequestsService(new RequestsRepository(db), new RequestKinds())
    appointmentsOfParty = new PartyAppointments(db, requestsService, trail)
  })
  after(() => database.close())
  const sweep = () =>
    appointmentsOfParty.sweepNoShows(system, VIDEO_CONSULT_ITEM, new Date(), { key: 'timeline.videoNoShow' })

  it('marks one whose end has passed 未到, with a step on its timeline; one still on, or held, stays', async () => {
    const today = localDateOf(Date.now())
    const yesterday = await booked(addDays(today, -1), '10:00', '10:30')
    const held = await booked(addDays(today, -1), '11:00', '11:30', 'completed')
    const tomorrow = await booked(addDays(today, 1), '10:00', '10:30')
    const swept = await tx.run(() => sweep())
    assert.equal(swept, 1)
    assert.equal(await statusOf(yesterday), 'no_show')
    assert.equal(await statusOf(held), 'completed')
    assert.equal(await statusOf(tomorrow), 'booked')
    const steps = await database.db
      .select({ status: requestEvents.status, note: requestEvents.note, notice: requestEvents.notice })
      .from(requestEvents)
      .where(eq(requestEvents.number, yesterday))
    assert.deepEqual(steps, [{ status: 'no_show', note: null, notice: { key: 'timeline.videoNoShow' } }])
    // Swept once: a second sweep finds nothing more.
    assert.equal(await tx.run(() => sweep()), 0)
  })
})
