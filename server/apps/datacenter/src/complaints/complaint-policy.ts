import { Inject, Injectable } from '@nestjs/common'
import { addDays, localDateOf, type DeadlineState } from '@pocket/contract'
import { DC_CONFIG, type DcConfig } from '../config.js'
import { calendarSpan, complaintDeadline, complaintState } from './complaint-deadline.js'
import { ComplaintsRepository } from './complaints.repository.js'

/** The configured complaint deadline (COMPLAINT_ANSWER_DAYS working days, the last COMPLAINT_DUE_SOON_DAYS due soon). */
@Injectable()
export class ComplaintPolicy {
  constructor(
    @Inject(DC_CONFIG) private readonly config: DcConfig,
    private readonly repo: ComplaintsRepository,
  ) {}

  /** When an answer awaited from `at` is due, on the holiday calendar the data center keeps. */
  async deadlineFrom(at: Date): Promise<{ dueAt: Date; dueSoonAt: Date }> {
    const days = this.config.COMPLAINT_ANSWER_DAYS
    const from = localDateOf(at)
    const calendar = await this.repo.calendar(from, addDays(from, calendarSpan(days)))
    return complaintDeadline(from, days, this.config.COMPLAINT_DUE_SOON_DAYS, calendar)
  }

  state(r: { dueAt: Date | null; dueSoonAt: Date | null }, now: Date): DeadlineState {
    return complaintState(r, now)
  }
}
