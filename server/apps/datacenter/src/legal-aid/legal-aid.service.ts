import { Injectable } from '@nestjs/common'
import type {
  DcLegalAidApplication,
  DcLegalAidBody,
  LegalAidAction,
  LegalAidActionBody,
  LegalAidStatus,
  NoticeKey,
  NoticeOf,
} from '@pocket/contract'
import { maskIdNumber } from '@pocket/contract'
import { AppError, maskPhone, notFound } from '#common'
import { AccountLookup } from '../accounts/account-lookup.js'
import { StaffInstitution } from '../accounts/staff-institution.js'
import { AuditTrail } from '../audit/audit-trail.js'
import { accountIdOf, type Actor } from '../common/actor.js'
import { TransactionRunner } from '../db/transactions.js'
import { FilesService } from '../files/files.service.js'
import { NotificationsService } from '../notifications/notifications.service.js'
import { IdCipher } from '../personal-data/id-cipher.js'
import { REQUEST_FILE } from '../requests/request-files.js'
import { RequestsService } from '../requests/requests.service.js'
import { LegalAidRepository, type ApplicationRecord } from './legal-aid.repository.js'

const AUDITED = ['apply', 'review', 'accept', 'reject', 'assign', 'close'] as const

/** Each step: the status it needs and the status it leads to. */
const STEPS: Record<LegalAidAction, { from: LegalAidStatus; to: LegalAidStatus; refused: NoticeKey }> = {
  review: { from: 'submitted', to: 'reviewing', refused: 'legalAid.notSubmitted' },
  accept: { from: 'reviewing', to: 'accepted', refused: 'legalAid.notReviewingToAccept' },
  reject: { from: 'reviewing', to: 'rejected', refused: 'legalAid.notReviewingToReject' },
  assign: { from: 'accepted', to: 'assigned', refused: 'legalAid.notAccepted' },
  close: { from: 'assigned', to: 'closed', refused: 'legalAid.notAssigned' },
}

/** The steps the applicant is told of (初审 is the office's own). */
const TOLD = {
  accept: 'legal_aid_accepted',
  reject: 'legal_aid_rejected',
  assign: 'legal_aid_assigned',
  close: 'legal_aid_closed',
} as const satisfies Partial<Record<LegalAidAction, string>>

/** Not yet decided by the office (初审 at most). */
const PENDING: readonly LegalAidStatus[] = ['submitted', 'reviewing']
/** Still being handled: pending, or accepted and assigned but not closed. */
const OPEN: readonly LegalAidStatus[] = [...PENDING, 'accepted', 'assigned']
/** Limits no real applicant meets, so that nobody can fill an office's queue: pending at one office, open in all. */
const PENDING_PER_OFFICE = 2
const OPEN_PER_APPLICANT = 5

/** 法律援助申请: the applicant applies, the staff of the chosen office move it step by step. */
@Injectable()
export class LegalAidService {
  private readonly audit

  constructor(
    private readonly repo: LegalAidRepository,
    private readonly requests: RequestsService,
    private readonly files: FilesService,
    private readonly staff: StaffInstitution,
    private readonly accounts: AccountLookup,
    private readonly cipher: IdCipher,
    private readonly notifications: NotificationsService,
    private readonly tx: TransactionRunner,
    trail: AuditTrail,
  ) {
    this.audit = trail.of('legal_aid', AUDITED)
  }

  async apply(actor: Actor, body: DcLegalAidBody): Promise<DcLegalAidApplication> {
    const accountId = accountIdOf(actor)
    if (!accountId || actor.role !== 'resident') throw new AppError('FORBIDDEN', { key: 'legalAid.residentOnly' })
    const { idempotencyKey, channel, ...a } = body
    const number = await this.tx.run(() =>
      this.requests.once(accountId, idempotencyKey, { ...a, channel }, async () => {
        if (!(await this.repo.takesApplications(a.institutionId))) notFound('aidOffice')
        const open = await this.repo.openOf(accountId, OPEN)
        const pendingHere = open.filter((o) => o.institutionId === a.institutionId && PENDING.includes(o.status))
        if (pendingHere.length >= PENDING_PER_OFFICE)
          throw new AppError('RATE_LIMITED', { key: 'legalAid.pendingHere', params: { count: pendingHere.length } })
        if (open.length >= OPEN_PER_APPLICANT)
          throw new AppError('RATE_LIMITED', { key: 'legalAid.openLimit', params: { count: open.length } })
        const contactPhone = a.contactPhone ?? (await this.accounts.byId(accountId))?.phone
        if (!contactPhone)
          throw new AppError('VALIDATION_FAILED', { key: 'legalAid.contactPhone' }, { field: 'contactPhone' })
        const created = await this.requests.open(
          actor,
          {
            kind: 'legal_aid',
            channel,
            accountId,
            contactPhone,
            // The kind says what it is: the app shows its name in the applicant's language.
            title: '',
            institutionId: a.institutionId,
          },
          'submitted',
        )
        const sealed = this.cipher.seal(a.idNumber)
        await this.repo.insert({
          number: created,
          accountId,
          institutionId: a.institutionId,
          status: 'submitted',
          applicantName: a.applicantName,
          idKeyId: sealed.keyId,
          idSealed: sealed.sealed,
          idLookup: this.cipher.lookupHash(a.idNumber),
          idMasked: maskIdNumber(a.idNumber),
          caseType: a.caseType,
          summary: a.summary,
          hardshipBasis: a.hardship.basis,
          hardshipNote: a.hardship.note,
        })
        const attachments = [...new Set(a.attachments)]
        if (
          (await this.files.attach(attachments, accountId, { kind: REQUEST_FILE, id: created })) !== attachments.length
        )
          throw new AppError('VALIDATION_FAILED', { key: 'legalAid.attachments' }, { field: 'attachments' })
        await this.audit.record(actor, 'apply', created, {
          before: null,
          after: {
            institutionId: a.institutionId,
            applicantName: a.applicantName,
            idNumber: maskIdNumber(a.idNumber),
            contactPhone: maskPhone(contactPhone),
            caseType: a.caseType,
            hardship: a.hardship.basis,
            attachments: attachments.length,
          },
        })
        return created
      }),
    )
    return this.view(number)
  }

  /** For its applicant, or the staff of its office; anyone else is told it does not exist. */
  async get(actor: Actor, number: string): Promise<DcLegalAidApplication> {
    const row = await this.repo.byNumber(number)
    if (!row || !(await this.maySee(actor, row))) notFound('application')
    return (await this.views([row]))[0]
  }

  async ofStaff(actor: Actor, status?: LegalAidStatus): Promise<{ items: DcLegalAidApplication[] }> {
    const institution = await this.staff.of(actor)
    return { items: await this.views(await this.repo.ofInstitution(institution.id, status)) }
  }

  async act(
    actor: Actor,
    number: string,
    action: LegalAidAction,
    body: LegalAidActionBody,
  ): Promise<DcLegalAidApplication> {
    const institution = await this.staff.of(actor)
    const step = STEPS[action]
    if (action === 'reject' && !body.reason)
      throw new AppError('VALIDATION_FAILED', { key: 'legalAid.reasonRequired' }, { field: 'reason' })
    if (action === 'assign' && !body.assignee)
      throw new AppError('VALIDATION_FAILED', { key: 'legalAid.assigneeRequired' }, { field: 'assignee' })
    await this.tx.run(async () => {
      const row = await this.repo.lock(number)
      // Another office's application is as unknown here as a number that does not exist.
      if (!row || row.institutionId !== institution.id) notFound('application')
      if (row.status !== step.from) throw new AppError('CONFLICT', { key: step.refused })
      const reason = action === 'reject' ? (body.reason ?? null) : undefined
      const assignee = action === 'assign' ? (body.assignee ?? null) : undefined
      await this.repo.update(number, { status: step.to, reason, assignee })
      const note: string | NoticeOf | null =
        reason ?? (assignee ? { key: 'timeline.assignee', params: { name: assignee } } : null)
      await this.requests.step(actor, number, step.to, note)
      if (action !== 'review')
        await this.notifications.step(TOLD[action], {
          number,
          accountId: row.accountId,
          contactPhone: row.contactPhone,
          item: '',
          place: institution.name,
        })
      await this.audit.record(actor, action, number, {
        before: { status: row.status },
        after: { status: step.to, ...(reason ? { reason } : {}), ...(assignee ? { assignee } : {}) },
      })
    })
    return this.view(number)
  }

  private async view(number: string): Promise<DcLegalAidApplication> {
    const row = (await this.repo.byNumber(number)) ?? notFound('application')
    return (await this.views([row]))[0]
  }

  private async maySee(actor: Actor, row: ApplicationRecord): Promise<boolean> {
    const accountId = accountIdOf(actor)
    if (!accountId) return false
    if (accountId === row.accountId) return true
    return (await this.staff.ofAccount(accountId))?.id === row.institution.id
  }

  private async views(rows: ApplicationRecord[]): Promise<DcLegalAidApplication[]> {
    const numbers = rows.map((r) => r.number)
    const [timelines, files] = await Promise.all([
      this.requests.timelines(numbers),
      this.files.attachedTo(REQUEST_FILE, numbers),
    ])
    return rows.map(({ hardshipBasis, hardshipNote, createdAt, ...r }) => ({
      ...r,
      hardship: { basis: hardshipBasis, note: hardshipNote },
      createdAt: createdAt.toISOString(),
      attachments: files.get(r.number) ?? [],
      timeline: timelines.get(r.number) ?? [],
    }))
  }
}
