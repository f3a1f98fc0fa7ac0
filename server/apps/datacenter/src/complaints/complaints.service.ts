import { Injectable } from '@nestjs/common'
import type {
  ComplaintAbout,
  ComplaintStatus,
  ComplaintSubject,
  ComplaintWordsBody,
  DcComplaint,
  DcComplaintBody,
  DcComplaintList,
  NoticeKey,
  SupervisedComplaintList,
} from '@pocket/contract'
import { AppError, maskPhone, notFound } from '#common'
import { AccountLookup } from '../accounts/account-lookup.js'
import { StaffInstitution } from '../accounts/staff-institution.js'
import { AuditTrail } from '../audit/audit-trail.js'
import { accountIdOf, type Actor } from '../common/actor.js'
import { TransactionRunner } from '../db/transactions.js'
import { DirectoryService } from '../directory/directory.service.js'
import { FilesService } from '../files/files.service.js'
import { NotificationsService } from '../notifications/notifications.service.js'
import { REQUEST_FILE } from '../requests/request-files.js'
import { RequestsService } from '../requests/requests.service.js'
import { ComplaintPolicy } from './complaint-policy.js'
import { ComplaintsRepository, type ComplaintRecord } from './complaints.repository.js'

const AUDITED = ['file', 'answer', 'askReview', 'answerReview'] as const

/** A limit no real complainant meets, so that nobody can flood offices: complaints awaiting an answer at once. */
const AWAITING_PER_COMPLAINANT = 5

/** What a complaint names: an institution or a person by id, a request by number. */
type Target = { about: ComplaintAbout; id: string }

/** Whom a complaint is about, resolved: the subject shown, and the person and request it names. */
interface Resolved {
  subject: ComplaintSubject
  practitionerId: string | null
  requestNumber: string | null
}

/**
 * 投诉: a resident complains about an institution, one of its people or a request of theirs; the
 * staff of the office concerned answer within the deadline policy's working days; the complainant
 * rates the answer (through ratings) or asks once for review, which the office answers again.
 * A staff member never sees a complaint about themself, and no one at the office sees who
 * complained beyond a phone the complainant chose to give.
 */
@Injectable()
export class ComplaintsService {
  private readonly audit

  constructor(
    private readonly repo: ComplaintsRepository,
    private readonly requests: RequestsService,
    private readonly files: FilesService,
    private readonly staff: StaffInstitution,
    private readonly accounts: AccountLookup,
    private readonly directory: DirectoryService,
    private readonly policy: ComplaintPolicy,
    private readonly notifications: NotificationsService,
    private readonly tx: TransactionRunner,
    trail: AuditTrail,
  ) {
    this.audit = trail.of('complaint', AUDITED)
  }

  /** What a complaint would be about, for the form: refused as it would be on filing. */
  async subject(actor: Actor, target: Target): Promise<ComplaintSubject> {
    return (await this.resolve(this.resident(actor), target)).subject
  }

  async file(actor: Actor, body: DcComplaintBody): Promise<DcComplaint> {
    const accountId = this.resident(actor)
    const { idempotencyKey, channel, ...c } = body
    const number = await this.tx.run(() =>
      this.requests.once(accountId, idempotencyKey, { ...c, channel }, async () => {
        const { subject, practitionerId, requestNumber } = await this.resolve(accountId, c.target)
        const awaiting = await this.repo.awaitingOf(accountId)
        if (awaiting >= AWAITING_PER_COMPLAINANT)
          throw new AppError('RATE_LIMITED', { key: 'complaint.openLimit', params: { count: awaiting } })
        const contactPhone = c.contactPhone ?? (await this.accounts.byId(accountId))?.phone
        if (!contactPhone)
          throw new AppError('VALIDATION_FAILED', { key: 'complaint.contactPhone' }, { field: 'contactPhone' })
        const created = await this.requests.open(
          actor,
          { kind: 'complaint', channel, accountId, contactPhone, title: '', institutionId: subject.institution.id },
          'submitted',
        )
        const now = new Date()
        await this.repo.insert({
          number: created,
          accountId,
          about: c.target.about,
          institutionId: subject.institution.id,
          practitionerId,
          requestNumber,
          category: c.category,
          text: c.text,
          allowContact: c.allowContact,
          status: 'submitted',
          ...(await this.policy.deadlineFrom(now)),
        })
        const photos = [...new Set(c.photos)]
        if ((await this.files.attach(photos, accountId, { kind: REQUEST_FILE, id: created })) !== photos.length)
          throw new AppError('VALIDATION_FAILED', { key: 'complaint.photos' }, { field: 'photos' })
        await this.audit.record(actor, 'file', created, {
          before: null,
          after: {
            about: c.target.about,
            id: c.target.id,
            institutionId: subject.institution.id,
            category: c.category,
            photos: photos.length,
            allowContact: c.allowContact,
            contactPhone: maskPhone(contactPhone),
          },
        })
        return created
      }),
    )
    return this.view(actor, number)
  }

  /** For its complainant, or the staff of the office answering it (unless it is about them). */
  async get(actor: Actor, number: string): Promise<DcComplaint> {
    const row = await this.repo.byNumber(number)
    if (!row || !(await this.maySee(actor, row))) notFound('complaint')
    return (await this.shown(actor, [row]))[0]
  }

  async ofStaff(actor: Actor, status?: ComplaintStatus): Promise<DcComplaintList> {
    const office = await this.staff.of(actor)
    return { items: await this.shown(actor, await this.repo.ofInstitution(office.id, office.personId, status)) }
  }

  /** The complainant, unsatisfied with the answer and before rating it, asks once for review. */
  async askReview(actor: Actor, number: string, body: ComplaintWordsBody): Promise<DcComplaint> {
    const accountId = this.resident(actor)
    await this.tx.run(async () => {
      const row = await this.repo.lock(number)
      if (!row || row.accountId !== accountId) notFound('complaint')
      const refused: NoticeKey | null =
        row.status === 'submitted'
          ? 'complaint.notAnswered'
          : row.status !== 'answered'
            ? 'complaint.reviewOnce'
            : row.rated
              ? 'complaint.rated'
              : null
      if (refused) throw new AppError('CONFLICT', { key: refused })
      const now = new Date()
      await this.repo.update(number, {
        status: 'review_requested',
        reviewText: body.text,
        reviewAt: now,
        ...(await this.policy.deadlineFrom(now)),
      })
      await this.requests.step(actor, number, 'review_requested')
      await this.audit.record(actor, 'askReview', number, {
        before: { status: row.status },
        after: { status: 'review_requested', text: body.text },
      })
    })
    return this.view(actor, number)
  }

  /** The office answers the complaint, or the request for review; the complainant is told. */
  async answer(actor: Actor, number: string, body: ComplaintWordsBody): Promise<DcComplaint> {
    const office = await this.staff.of(actor)
    await this.tx.run(async () => {
      const row = await this.repo.lock(number)
      // Another office's complaint, or one about the staff member themself, is as unknown as no complaint.
      if (!row || row.institutionId !== office.id || row.practitionerId === office.personId) notFound('complaint')
      if (row.status !== 'submitted' && row.status !== 'review_requested')
        throw new AppError('CONFLICT', { key: 'complaint.answered' })
      const review = row.status === 'review_requested'
      const now = new Date()
      const to = review ? 'reviewed' : 'answered'
      await this.repo.update(number, {
        status: to,
        ...(review
          ? { reviewAnswerText: body.text, reviewAnsweredAt: now }
          : { answerText: body.text, answeredAt: now }),
        dueAt: null,
        dueSoonAt: null,
      })
      await this.requests.step(actor, number, to)
      await this.notifications.step('complaint_answered', {
        number,
        accountId: row.accountId,
        contactPhone: row.contactPhone,
        item: '',
        place: office.name,
      })
      await this.audit.record(actor, review ? 'answerReview' : 'answer', number, {
        before: { status: row.status },
        after: { status: to, text: body.text },
      })
    })
    return this.view(actor, number)
  }

  /**
   * 督办 for the staff of a 公共法律服务中心: complaints at offices under its region that are due soon
   * or overdue, with whom they are about and when they are due, but not what was said or by whom.
   */
  async supervised(actor: Actor): Promise<SupervisedComplaintList> {
    const office = await this.staff.of(actor)
    const center = await this.directory.institution(office.id)
    if (center?.kind !== 'pls_center') throw new AppError('FORBIDDEN', { key: 'complaint.supervisorOnly' })
    const now = new Date()
    const rows = await this.repo.dueSoonIn(center.regionCode, now)
    return {
      items: rows.map((r) => ({
        number: r.number,
        status: r.status,
        subject: subjectOf(r),
        category: r.category,
        createdAt: r.createdAt.toISOString(),
        deadline: this.deadline(r, now),
      })),
    }
  }

  private resident(actor: Actor): string {
    const accountId = accountIdOf(actor)
    if (!accountId || actor.role !== 'resident') throw new AppError('FORBIDDEN', { key: 'complaint.residentOnly' })
    return accountId
  }

  /** Whom a target names, and the office that answers for it; refused when there is none. */
  private async resolve(accountId: string, target: Target): Promise<Resolved> {
    const office = async (institutionId: string | null) => {
      const found = institutionId ? await this.directory.institution(institutionId) : null
      if (!found) throw new AppError('CONFLICT', { key: 'complaint.noOffice' })
      return { id: found.id, name: found.name, phone: found.phone }
    }
    if (target.about === 'institution') {
      const institution = (await this.directory.institution(target.id)) ?? notFound('complaintSubject')
      const subject = { about: target.about, id: institution.id, name: institution.name, kind: null }
      return {
        subject: { ...subject, institution: await office(institution.id) },
        practitionerId: null,
        requestNumber: null,
      }
    }
    if (target.about === 'practitioner') {
      const person = (await this.directory.person(target.id)) ?? notFound('complaintSubject')
      const subject = { about: target.about, id: person.id, name: person.name, kind: null }
      return {
        subject: { ...subject, institution: await office(person.institutionId) },
        practitionerId: person.id,
        requestNumber: null,
      }
    }
    const request = await this.requests.byNumber(target.id)
    // Someone else's request is as unknown as one that does not exist; a complaint is reviewed, not complained of.
    if (!request || request.accountId !== accountId || request.kind === 'complaint') notFound('complaintSubject')
    const subject = { about: target.about, id: request.number, name: request.title, kind: request.kind }
    return {
      subject: { ...subject, institution: await office(request.institutionId) },
      practitionerId: null,
      requestNumber: request.number,
    }
  }

  private async maySee(actor: Actor, row: ComplaintRecord): Promise<boolean> {
    const accountId = accountIdOf(actor)
    if (!accountId) return false
    if (accountId === row.accountId) return true
    const office = await this.staff.ofAccount(accountId)
    return office?.id === row.institution.id && office.personId !== row.practitionerId
  }

  private async view(actor: Actor, number: string): Promise<DcComplaint> {
    const row = (await this.repo.byNumber(number)) ?? notFound('complaint')
    return (await this.shown(actor, [row]))[0]
  }

  private async shown(actor: Actor, rows: ComplaintRecord[]): Promise<DcComplaint[]> {
    const numbers = rows.map((r) => r.number)
    const [timelines, files] = await Promise.all([
      this.requests.timelines(numbers),
      this.files.attachedTo(REQUEST_FILE, numbers),
    ])
    const viewer = accountIdOf(actor)
    const now = new Date()
    return rows.map((r) => {
      const own = r.accountId === viewer
      return {
        number: r.number,
        status: r.status,
        subject: subjectOf(r),
        category: r.category,
        text: r.text,
        photos: files.get(r.number) ?? [],
        allowContact: r.allowContact,
        // The office sees the phone only when the complainant allowed it.
        contactPhone: own || r.allowContact ? r.contactPhone : null,
        answer: words(r.answerText, r.answeredAt),
        review: words(r.reviewText, r.reviewAt),
        reviewAnswer: words(r.reviewAnswerText, r.reviewAnsweredAt),
        deadline: this.deadline(r, now),
        rating:
          r.rating?.score == null
            ? null
            : { score: r.rating.score, tags: r.rating.tags ?? [], comment: r.rating.comment ?? '' },
        createdAt: r.createdAt.toISOString(),
        timeline: timelines.get(r.number) ?? [],
      }
    })
  }

  private deadline(r: Pick<ComplaintRecord, 'dueAt' | 'dueSoonAt'>, now: Date): DcComplaint['deadline'] {
    return { state: this.policy.state(r, now), dueAt: r.dueAt?.toISOString() ?? null }
  }
}

function subjectOf(r: ComplaintRecord): ComplaintSubject {
  const named =
    r.about === 'institution'
      ? { id: r.institution.id, name: r.institution.name, kind: null }
      : r.about === 'practitioner'
        ? { id: r.practitionerId ?? '', name: r.practitionerName ?? '', kind: null }
        : { id: r.requestNumber ?? '', name: r.requestTitle ?? '', kind: r.requestKind }
  return { about: r.about, ...named, institution: r.institution }
}

function words(text: string | null, at: Date | null): { text: string; at: string } | null {
  return text !== null && at ? { text, at: at.toISOString() } : null
}
