import { Inject, Injectable } from '@nestjs/common'
import type {
  CallOutcome,
  CallSummary,
  DcCallChange,
  DcCallDevices,
  DcCallEnd,
  DcCallStart,
  DcCallSweep,
} from '@pocket/contract'
import { AppError, notFound } from '#common'
import { AccountLookup } from '../accounts/account-lookup.js'
import { accountIdOf, assertSystem, type Actor } from '../common/actor.js'
import { DC_CONFIG, type DcConfig } from '../config.js'
import { ConsultationAccess } from '../consultations/consultation-access.js'
import { callNotice, ConsultationNotes } from '../consultations/consultation-notes.js'
import { ConsultationsService } from '../consultations/consultations.service.js'
import { toMessage } from '../consultations/message.mapper.js'
import { TransactionRunner } from '../db/transactions.js'
import { CallListeners } from './call-listeners.js'
import { CallsRepository, durationOf, toCall, type CallRow } from './calls.repository.js'

type Side = 'resident' | 'adviser'

/** What the conversation's record and the timeline say of an ended call; one never heard has no talk time. */
function summaryOf(call: CallRow, outcome: CallOutcome, heard = true): CallSummary {
  const durationSeconds = heard ? durationOf(call) : null
  return { id: call.id, callerName: call.callerName, kind: call.kind, outcome, durationSeconds }
}

const ENDED = { key: 'call.ended' } as const

/**
 * Voice and video calls between a resident and the adviser of their conversation: who may call
 * whom, one answer per call, who may end it how, and the record each call leaves in the
 * conversation when it ends (全程留痕). A side in a call (ringing or talking, on any device) is
 * busy for every other call. Calls nobody answers, and calls a side of which went silent, are
 * ended by the BFF's sweep, so a BFF instance that dies mid-call leaves no call open.
 */
@Injectable()
export class CallsService {
  constructor(
    private readonly repo: CallsRepository,
    private readonly consultations: ConsultationsService,
    private readonly access: ConsultationAccess,
    private readonly accounts: AccountLookup,
    private readonly notes: ConsultationNotes,
    private readonly listeners: CallListeners,
    private readonly tx: TransactionRunner,
    @Inject(DC_CONFIG) private readonly config: DcConfig,
  ) {}

  /** A party calls the other side: the adviser on duty (the backup while it covers), or the resident. */
  start(actor: Actor, { consultationId, kind, device }: DcCallStart): Promise<DcCallChange> {
    const now = new Date()
    return this.tx.run(async () => {
      // The conversation first: its call record is written under this lock when the call ends.
      const row = await this.consultations.lock(consultationId)
      const parties = row ? await this.access.load([row.id], [actor], now) : null
      const party = row && parties ? parties.partyOf(actor, row) : null
      if (!row || !parties || !party) notFound('consultation')
      const advisers = parties.assignmentOf(row)
      if (!advisers) throw new AppError('CONFLICT', { key: 'call.noAdviser' })
      const adviserPersonId =
        party.side === 'adviser'
          ? (party.personId as string)
          : parties.covered(row) && advisers.backupId
            ? advisers.backupId
            : advisers.adviserId
      const resident = await this.accounts.byId(row.residentAccountId)
      await this.repo.holdLines(row.residentAccountId, adviserPersonId)
      // Both sides tapped 视频咨询's join (or called each other) at once: the second joins the first.
      const ringing = await this.repo.ringingBetween(row.residentAccountId, adviserPersonId)
      if (ringing && ringing.callerSide !== party.side) return this.answer(ringing, actor, device, now)
      const busy = await this.repo.busy(row.residentAccountId, adviserPersonId)
      const call = await this.repo.insert({
        consultationId: row.id,
        kind,
        state: busy ? 'ended' : 'ringing',
        callerSide: party.side,
        residentAccountId: row.residentAccountId,
        adviserPersonId,
        callerAccountId: party.accountId,
        callerName: party.name,
        calleeAccountId: null,
        calleeName: party.side === 'resident' ? parties.nameOf(adviserPersonId) : (resident?.displayName ?? ''),
        callerDevice: device,
        calleeDevice: null,
        startedAt: now,
        answeredAt: null,
        endedAt: busy ? now : null,
        outcome: busy ? 'busy' : null,
        callerAliveUntil: this.aliveFrom(now),
        calleeAliveUntil: null,
      })
      return this.change(call, busy)
    })
  }

  /** The side rung answers, on one device: the first answer wins, any other is refused. */
  accept(actor: Actor, id: string, device: string): Promise<DcCallChange> {
    const now = new Date()
    return this.tx.run(async () => {
      const call = await this.repo.lock(id)
      const side = call ? await this.sideOf(actor, call) : null
      if (!call || !side) notFound('call')
      if (side === call.callerSide) throw new AppError('CONFLICT', { key: 'call.ownCall' })
      if (call.state === 'active') throw new AppError('CONFLICT', { key: 'call.answeredElsewhere' })
      if (call.state === 'ended') throw new AppError('CONFLICT', ENDED)
      return this.answer(call, actor, device, now)
    })
  }

  private async answer(call: CallRow, actor: Actor, device: string, now: Date): Promise<DcCallChange> {
    const answered = await this.repo.update(call.id, {
      state: 'active',
      answeredAt: now,
      calleeAccountId: accountIdOf(actor),
      calleeDevice: device,
      calleeAliveUntil: this.aliveFrom(now),
      // The caller's device stays in the call from here on: its grace starts with the answer.
      callerAliveUntil: this.aliveFrom(now),
    })
    return this.change(answered, false)
  }

  /** Rejected by the side rung, cancelled by the caller while it rings, hung up by either once answered. */
  end(actor: Actor, id: string, { reason }: DcCallEnd): Promise<DcCallChange> {
    const now = new Date()
    return this.tx.run(async () => {
      const call = await this.repo.lock(id)
      const side = call ? await this.sideOf(actor, call) : null
      if (!call || !side) notFound('call')
      if (call.state === 'ended') throw new AppError('CONFLICT', ENDED)
      const caller = side === call.callerSide
      let outcome: CallOutcome
      if (call.state === 'ringing') {
        if (reason === 'reject' && caller) throw new AppError('FORBIDDEN', { key: 'call.callerCancels' })
        if (reason === 'cancel' && !caller) throw new AppError('FORBIDDEN', { key: 'call.calleeRejects' })
        outcome = caller ? 'cancelled' : 'rejected'
      } else {
        if (reason !== 'hangup' && reason !== 'failed') throw new AppError('CONFLICT', { key: 'call.hangUpInstead' })
        const inCall = accountIdOf(actor) === call.callerAccountId || accountIdOf(actor) === call.calleeAccountId
        if (!inCall) throw new AppError('FORBIDDEN', { key: 'call.notInCall' })
        // The device's connect timeout gave up: answered, but nobody was ever heard.
        if (reason === 'failed') return this.finish(actor, call, 'failed', now, false)
        outcome = 'completed'
      }
      return this.finish(actor, call, outcome, now)
    })
  }

  /**
   * A device in the call is still there, on the socket it names: after a reconnect that is a new
   * one, and the other side's signals follow it. Answers the call as it is (ended, if it ended).
   */
  async alive(actor: Actor, id: string, device: string): Promise<DcCallDevices> {
    const now = new Date()
    let call = await this.repo.byId(id)
    const side = call ? await this.sideOf(actor, call) : null
    if (!call || !side) notFound('call')
    const accountId = accountIdOf(actor)
    if (call.state !== 'ended') {
      if (accountId === call.callerAccountId)
        call = await this.repo.update(id, { callerAliveUntil: this.aliveFrom(now), callerDevice: device })
      else if (accountId === call.calleeAccountId)
        call = await this.repo.update(id, { calleeAliveUntil: this.aliveFrom(now), calleeDevice: device })
    }
    return this.devicesOf(call)
  }

  async devices(actor: Actor, id: string): Promise<DcCallDevices> {
    const call = await this.repo.byId(id)
    const side = call ? await this.sideOf(actor, call) : null
    if (!call || !side) notFound('call')
    return this.devicesOf(call)
  }

  /**
   * Ends what rang unanswered too long (missed) and what a side went silent on (failed); the
   * domains that follow calls sweep too (a 视频咨询 whose time passed with no call becomes 未到).
   */
  sweep(actor: Actor): Promise<DcCallSweep> {
    assertSystem(actor)
    const now = new Date()
    return this.tx.run(async () => {
      await this.listeners.swept(actor, now)
      const rangUntil = new Date(now.getTime() - this.config.CALL_RING_SECONDS * 1000)
      const rows = await this.repo.due(now, rangUntil)
      const items: DcCallChange[] = []
      // Rung past its time: missed (whoever went silent meanwhile); otherwise a side went silent.
      for (const call of rows)
        items.push(
          await this.finish(
            actor,
            call,
            call.state === 'ringing' && call.startedAt < rangUntil ? 'missed' : 'failed',
            now,
          ),
        )
      return { items }
    })
  }

  /**
   * Ends the call; one that was talked (hung up, or cut off) is told to the domains that follow
   * calls (it holds the 视频咨询 it falls in). `heard`
   * is false for an answered call whose line was never made: no talk time, no consultation held.
   */
  private async finish(
    actor: Actor,
    call: CallRow,
    outcome: CallOutcome,
    now: Date,
    heard = true,
  ): Promise<DcCallChange> {
    const ended = await this.repo.update(call.id, { state: 'ended', endedAt: now, outcome })
    if (heard && ended.answeredAt && (outcome === 'completed' || outcome === 'failed'))
      await this.listeners.held(actor, ended.consultationId, ended.answeredAt, callNotice(summaryOf(ended, outcome)))
    return this.change(ended, true, heard)
  }

  /** The call with whom to tell, and (when it ended) its record in the conversation. */
  private async change(call: CallRow, ended: boolean, heard = true): Promise<DcCallChange> {
    const audience = await this.audienceOf(call)
    if (!ended || !call.outcome) return { call: toCall(call), audience, note: null }
    const row = await this.consultations.lock(call.consultationId)
    if (!row) notFound('consultation')
    const note = await this.notes.called(row, summaryOf(call, call.outcome, heard), call.endedAt ?? new Date())
    return { call: toCall(call), audience, note: { message: toMessage(note), audience } }
  }

  private devicesOf(call: CallRow): DcCallDevices {
    return { call: toCall(call), devices: { caller: call.callerDevice, callee: call.calleeDevice } }
  }

  /** Every device of both sides: the resident's, and the adviser's (all their accounts). */
  private async audienceOf(call: CallRow): Promise<string[]> {
    return [call.residentAccountId, ...(await this.accounts.idsOfPerson(call.adviserPersonId))]
  }

  /** Which side of the call the acting account is on; null for anyone else. */
  private async sideOf(actor: Actor, call: CallRow): Promise<Side | null> {
    const accountId = accountIdOf(actor)
    if (!accountId) return null
    if (accountId === call.residentAccountId) return 'resident'
    const account = await this.accounts.byId(accountId)
    return account?.role === 'adviser' && account.personId === call.adviserPersonId ? 'adviser' : null
  }

  private aliveFrom(now: Date): Date {
    return new Date(now.getTime() + this.config.CALL_ALIVE_SECONDS * 1000)
  }
}
