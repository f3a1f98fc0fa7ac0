import { Injectable } from '@nestjs/common'
import { instantAt, VIDEO_CONSULT_ITEM, VIDEO_JOIN_EARLY_MINUTES } from '@pocket/contract'
import { and, eq, inArray, lt, ne, sql } from 'drizzle-orm'
import { AppError } from '#common'
import { AccountLookup } from '../accounts/account-lookup.js'
import { AuditTrail } from '../audit/audit-trail.js'
import type { Actor } from '../common/actor.js'
import { ConsultationAccess } from '../consultations/consultation-access.js'
import { ConsultationsService } from '../consultations/consultations.service.js'
import { DbContext } from '../db/transactions.js'
import { DirectoryService } from '../directory/directory.service.js'
import { RequestsService } from '../requests/requests.service.js'
import { ACTIVE_APPOINTMENT, appointments } from './booking.schema.js'

/** Who a 视频咨询 is with: the resident's conversation and its adviser. */
export interface VideoParty {
  consultationId: string
  adviserPersonId: string
}

/**
 * 视频咨询 is booked like any item, but with one person: the adviser of the resident's village,
 * at the institution the adviser works from. It belongs to their conversation, from which both
 * join the call; an adviser meets one resident at a time.
 */
@Injectable()
export class VideoConsult {
  private readonly audit

  constructor(
    private readonly db: DbContext,
    private readonly accounts: AccountLookup,
    private readonly access: ConsultationAccess,
    private readonly consultations: ConsultationsService,
    private readonly directory: DirectoryService,
    private readonly requests: RequestsService,
    trail: AuditTrail,
  ) {
    this.audit = trail.of('appointment', ['complete', 'no_show'])
  }

  /** The resident's adviser for a booking at `institutionId`; refused with what to do instead. */
  async partyFor(itemCode: string, accountId: string, institutionId: string): Promise<VideoParty | null> {
    if (itemCode !== VIDEO_CONSULT_ITEM) return null
    const account = await this.accounts.byId(accountId)
    if (!account?.villageCode) throw new AppError('VILLAGE_NOT_SET', '预约视频咨询前，请先选择所在村（社区）')
    const assignment = await this.access.assignmentForVillage(account.villageCode)
    const adviser = assignment ? await this.directory.person(assignment.adviserId) : null
    if (!adviser) throw new AppError('SLOT_UNAVAILABLE', '本村暂未配备法律顾问，暂时无法预约视频咨询')
    if (adviser.institutionId !== institutionId)
      throw new AppError(
        'SLOT_UNAVAILABLE',
        `视频咨询请预约您的法律顾问${adviser.name}（${adviser.institutionName ?? ''}）`,
        { field: 'institutionId' },
      )
    return {
      consultationId: await this.consultations.conversationOf(accountId, account.villageCode),
      adviserPersonId: adviser.id,
    }
  }

  /**
   * Refuses a start the adviser already gives to another resident. Holds the adviser's line until
   * the transaction ends, so two residents booking the same start are decided one after the other.
   */
  async assertFree(party: VideoParty | null, startsAt: Date, except: string | null): Promise<void> {
    if (!party) return
    await this.db.q.execute(sql`select pg_advisory_xact_lock(hashtext(${`video:${party.adviserPersonId}`}))`)
    const [taken] = await this.db.q
      .select({ number: appointments.number })
      .from(appointments)
      .where(
        and(
          eq(appointments.adviserPersonId, party.adviserPersonId),
          eq(appointments.startsAt, startsAt),
          inArray(appointments.status, ACTIVE_APPOINTMENT),
          except ? ne(appointments.number, except) : undefined,
        ),
      )
      .limit(1)
    if (taken) throw new AppError('SLOT_FULL', '法律顾问该时段已有其他视频咨询，请选择其他时段')
  }

  /**
   * 视频咨询 whose end passed with nobody joined (no call answered in its window, so still booked)
   * become 未到, as a desk marks a resident who did not come. Answers how many.
   */
  async sweepNoShows(actor: Actor, now: Date): Promise<number> {
    // A slot lasts well under a day: one that started before the last day is over by now.
    const rows = await this.db.q
      .select({ number: appointments.number, date: appointments.date, end: appointments.end })
      .from(appointments)
      .where(
        and(
          eq(appointments.itemCode, VIDEO_CONSULT_ITEM),
          eq(appointments.status, 'booked'),
          lt(appointments.startsAt, now),
        ),
      )
      .for('update', { skipLocked: true })
    let count = 0
    for (const r of rows.filter((r) => instantAt(r.date, r.end) <= now)) {
      await this.db.q.update(appointments).set({ status: 'no_show' }).where(eq(appointments.number, r.number))
      await this.requests.step(actor, r.number, 'no_show', '视频咨询时段已过，双方均未进入')
      await this.audit.record(actor, 'no_show', r.number, {
        before: { status: 'booked' },
        after: { status: 'no_show' },
      })
      count++
    }
    return count
  }

  /**
   * A call of the conversation was answered and talked: the video consultation it falls in (from
   * its join window's opening to its end) took place. It is completed — no desk checks it in —
   * with the call on its timeline, and the resident can rate it. Call inside the call's transaction.
   */
  async held(actor: Actor, consultationId: string, answeredAt: Date, call: string): Promise<void> {
    const rows = await this.db.q
      .select({
        number: appointments.number,
        status: appointments.status,
        date: appointments.date,
        end: appointments.end,
        startsAt: appointments.startsAt,
      })
      .from(appointments)
      .where(and(eq(appointments.consultationId, consultationId), inArray(appointments.status, ACTIVE_APPOINTMENT)))
      .for('update')
    const early = VIDEO_JOIN_EARLY_MINUTES * 60_000
    const row = rows.find(
      (r) => answeredAt.getTime() >= r.startsAt.getTime() - early && answeredAt < instantAt(r.date, r.end),
    )
    if (!row) return
    await this.db.q.update(appointments).set({ status: 'completed' }).where(eq(appointments.number, row.number))
    await this.requests.step(actor, row.number, 'completed', call)
    await this.audit.record(actor, 'complete', row.number, {
      before: { status: row.status },
      after: { status: 'completed' },
    })
  }
}
