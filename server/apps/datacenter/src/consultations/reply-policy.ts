import { Inject, Injectable } from '@nestjs/common'
import type { DeadlineState } from '@pocket/contract'
import { DC_CONFIG, type DcConfig } from '../config.js'
import {
  addWorkingTime,
  deadlineState,
  nextWorkingStart,
  parseDuration,
  parseWorkingHours,
  type WorkingHours,
} from './reply-deadline.js'

/** The configured reply deadline (REPLY_DEADLINE, REPLY_DUE_SOON, REPLY_WORKING_HOURS). */
@Injectable()
export class ReplyPolicy {
  private readonly deadlineMs: number
  private readonly dueSoonMs: number
  private readonly hours: WorkingHours | null

  constructor(@Inject(DC_CONFIG) config: DcConfig) {
    this.deadlineMs = parseDuration(config.REPLY_DEADLINE)
    this.dueSoonMs = parseDuration(config.REPLY_DUE_SOON)
    this.hours = parseWorkingHours(config.REPLY_WORKING_HOURS)
  }

  /** When the answer to a question asked at `at` is due. */
  dueFrom(at: Date): Date {
    return addWorkingTime(at, this.deadlineMs, this.hours)
  }

  state(dueAt: Date | null, now: Date): DeadlineState {
    return deadlineState(dueAt, now, this.dueSoonMs)
  }

  /** When advisers are next at work (now, during working hours). */
  nextWorkingAt(now: Date): Date {
    return nextWorkingStart(now, this.hours)
  }
}
