import { Injectable } from '@nestjs/common'
import type { CallSummary, NoticeOf, SystemBody } from '@pocket/contract'
import { localDateOf } from '@pocket/contract'
import type { Assignment, Parties } from './consultation-access.js'
import type { ConsultationRow } from './consultations.repository.js'
import { MessagesRepository, type MessageRow, type NewMessage } from './messages.repository.js'

/**
 * A call's line, for the conversation and a timeline: what kind, how it ended, how long it was
 * talked (语音通话 · 通话时长 3分05秒 in zh-CN).
 */
export function callNotice({ kind, outcome, durationSeconds }: CallSummary): NoticeOf {
  if (durationSeconds !== null && (outcome === 'completed' || outcome === 'failed'))
    return {
      key: outcome === 'completed' ? 'callNote.talked' : 'callNote.cutAfter',
      params: { kind, seconds: durationSeconds },
    }
  return { key: `callNote.${outcome}`, params: { kind } }
}

/** Why the backup takes over: the adviser is away, or the deadline passed. */
export type HandOverReason = { awayUntil: Date } | { overdue: true }

/**
 * A system message under a sequence, written with the change it records. It says what happened as
 * a notice (read in each reader's language); its text stays empty.
 */
export function systemMessage(
  consultationId: string,
  seq: number,
  event: SystemBody['event'],
  notice: NoticeOf,
  call?: CallSummary,
): NewMessage {
  return {
    consultationId,
    seq,
    clientId: `sys-${event}-${seq}`,
    senderAccountId: null,
    senderRole: 'system',
    senderName: '',
    body: { kind: 'system', event, text: '', notice, ...(call && { call }) },
  }
}

/** The hand-over note under a sequence (a batch of sends numbers it itself). */
export function handOverMessage(
  consultationId: string,
  seq: number,
  names: Pick<Parties, 'nameOf'>,
  advisers: Assignment,
  why: HandOverReason,
): NewMessage {
  const adviser = names.nameOf(advisers.adviserId)
  const backup = advisers.backupId ? names.nameOf(advisers.backupId) : ''
  const notice: NoticeOf =
    'awayUntil' in why
      ? { key: 'chatNote.adviserAway', params: { adviser, backup, until: localDateOf(why.awayUntil) } }
      : { key: 'chatNote.adviserLate', params: { adviser, backup } }
  return systemMessage(consultationId, seq, 'handover', notice)
}

/**
 * The conversation's own record of what happened to it (全程留痕): hand-over to the backup,
 * resolved, reopened. Each is a system message under the next sequence, written with the change,
 * inside the caller's transaction and under the conversation's lock.
 */
@Injectable()
export class ConsultationNotes {
  constructor(private readonly messages: MessagesRepository) {}

  handOver(
    row: ConsultationRow,
    names: Pick<Parties, 'nameOf'>,
    advisers: Assignment,
    why: HandOverReason,
    at: Date,
  ): Promise<MessageRow> {
    return this.messages.append(handOverMessage(row.id, row.lastSeq + 1, names, advisers, why), at)
  }

  /** `adviser`: the name of the adviser who marked it. */
  resolved(row: ConsultationRow, adviser: string, at: Date): Promise<MessageRow> {
    return this.write(row, 'resolved', { key: 'chatNote.resolved', params: { adviser } }, at)
  }

  reopened(row: ConsultationRow, at: Date): Promise<MessageRow> {
    return this.write(row, 'reopened', { key: 'chatNote.reopened' }, at)
  }

  /** A call's record: what kind, how it ended, how long it lasted. */
  called(row: ConsultationRow, call: CallSummary, at: Date): Promise<MessageRow> {
    return this.write(row, 'call', callNotice(call), at, call)
  }

  private write(
    row: ConsultationRow,
    event: SystemBody['event'],
    notice: NoticeOf,
    at: Date,
    call?: CallSummary,
  ): Promise<MessageRow> {
    return this.messages.append(systemMessage(row.id, row.lastSeq + 1, event, notice, call), at)
  }
}
