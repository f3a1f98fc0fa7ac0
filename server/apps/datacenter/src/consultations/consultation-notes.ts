import { Injectable } from '@nestjs/common'
import type { CallSummary, SystemBody } from '@pocket/contract'
import { localDateOf, monthDayOf } from '@pocket/contract'
import type { Assignment, Parties } from './consultation-access.js'
import type { ConsultationRow } from './consultations.repository.js'
import { MessagesRepository, type MessageRow, type NewMessage } from './messages.repository.js'

/** 11月30日, on the service's clock. */
function dayOf(at: Date): string {
  const { month, day } = monthDayOf(localDateOf(at))
  return `${month}月${day}日`
}

const CALL_KIND = { voice: '语音通话', video: '视频通话' } as const
const CALL_OUTCOME = {
  completed: '通话时长',
  rejected: '已拒绝',
  busy: '对方忙线',
  missed: '未接听',
  cancelled: '已取消',
  failed: '通话中断',
} as const

/** 语音通话 · 通话时长 3分05秒; 视频通话 · 未接听. */
export function callText({ kind, outcome, durationSeconds }: CallSummary): string {
  const talked =
    durationSeconds === null
      ? ''
      : ` ${Math.floor(durationSeconds / 60)}分${String(durationSeconds % 60).padStart(2, '0')}秒`
  const said =
    outcome === 'completed' || outcome === 'failed' ? `${CALL_OUTCOME[outcome]}${talked}` : CALL_OUTCOME[outcome]
  return `${CALL_KIND[kind]} · ${said}`
}

/** Why the backup takes over: the adviser is away, or the deadline passed. */
export type HandOverReason = { awayUntil: Date } | { overdue: true }

/** A system message under a sequence: written with the change it records. */
export function systemMessage(consultationId: string, seq: number, body: SystemBody): NewMessage {
  return {
    consultationId,
    seq,
    clientId: `sys-${body.event}-${seq}`,
    senderAccountId: null,
    senderRole: 'system',
    senderName: '系统消息',
    body,
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
  const text =
    'awayUntil' in why
      ? `${adviser}老师请假中（至${dayOf(why.awayUntil)}），由备岗法律顾问${backup}老师为您解答`
      : `${adviser}老师暂未回复，已转由备岗法律顾问${backup}老师跟进`
  return systemMessage(consultationId, seq, { kind: 'system', event: 'handover', text })
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

  resolved(row: ConsultationRow, by: string, at: Date): Promise<MessageRow> {
    const text = `${by}已将本次咨询标记为已解决。如还有问题，可以继续留言`
    return this.write(row, { kind: 'system', event: 'resolved', text }, at)
  }

  reopened(row: ConsultationRow, at: Date): Promise<MessageRow> {
    return this.write(row, { kind: 'system', event: 'reopened', text: '咨询已重新打开' }, at)
  }

  /** A call's record: what kind, how it ended, how long it lasted. */
  called(row: ConsultationRow, call: CallSummary, at: Date): Promise<MessageRow> {
    return this.write(row, { kind: 'system', event: 'call', text: callText(call), call }, at)
  }

  private write(row: ConsultationRow, body: SystemBody, at: Date): Promise<MessageRow> {
    return this.messages.append(systemMessage(row.id, row.lastSeq + 1, body), at)
  }
}
