import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from '../support/node-test'
import type {
  Complaint,
  ComplaintList,
  ComplaintSubject,
  RequestList,
  RequestProgress,
  SupervisedComplaintList,
} from '@pocket/contract'
import { call, signInBySms, signInByWechat } from '../support/api'
import { apply, applicationBody, JPEG, upload } from '../support/legal-aid'
import { signedCall } from '../support/signed'
import { startInProcess, type InProcessStack } from '../support/in-process'
import { said } from '../support/said'

/** 永宁县公共法律服务中心, where the demo staff member 赵丽 (13700000001) works. */
const OFFICE = 'inst-yn-center'
const TEXT = '窗口工作人员态度很差，说了三遍也不肯告诉我要带什么材料。'

function complaintBody(over: Record<string, unknown> = {}) {
  return {
    target: { about: 'institution', id: OFFICE },
    category: 'attitude',
    text: TEXT,
    contactPhone: '13900004321',
    ...over,
  }
}

describe('complaints (投诉), in process', () => {
  let stack: InProcessStack
  let resident = ''
  let other = ''
  let staff = ''
  let otherStaff = ''
  let adviser = ''
  let first: Complaint

  const file = (token: string, body: unknown, key: string = randomUUID()) =>
    call<Complaint>(stack.bffUrl, 'POST', '/api/v1/complaints', { token, headers: { 'idempotency-key': key }, body })
  const get = (number: string, token?: string) =>
    call<Complaint>(stack.bffUrl, 'GET', `/api/v1/complaints/${number}`, { token })
  const answer = (number: string, token: string, text = '经核查，已对窗口人员批评教育，所需材料清单已短信发送给您。') =>
    call<Complaint>(stack.bffUrl, 'POST', `/api/v1/workbench/complaints/${number}/answer`, { token, body: { text } })
  const review = (number: string, token: string, text = '答复没有说明今后如何改进，我不满意，请复核。') =>
    call<Complaint>(stack.bffUrl, 'POST', `/api/v1/complaints/${number}/review`, { token, body: { text } })
  const rate = (number: string, token: string) =>
    call(stack.bffUrl, 'POST', '/api/v1/ratings', { token, body: { number, score: 4, tags: ['clear'], comment: '' } })
  const desk = async (token: string) =>
    (await call<ComplaintList>(stack.bffUrl, 'GET', '/api/v1/workbench/complaints', { token })).body.items
  const mine = async (token = resident) =>
    (await call<RequestList>(stack.bffUrl, 'GET', '/api/v1/me/requests', { token })).body.items

  beforeAll(async () => {
    // Two working days to answer, both of them due soon: every complaint shows on 督办 at once.
    stack = await startInProcess({
      extraBffEnv: { NOTIFY_POLL_MS: '200' },
      extraDcEnv: { COMPLAINT_ANSWER_DAYS: '2', COMPLAINT_DUE_SOON_DAYS: '2' },
    })
    resident = (await signInBySms(stack.bffUrl, stack.sms, '13900004321')).accessToken
    other = (await signInByWechat(stack.bffUrl, stack.wechat, 'openid-complaint-other')).accessToken
    staff = (await signInBySms(stack.bffUrl, stack.sms, '13700000001')).accessToken
    otherStaff = (await signInBySms(stack.bffUrl, stack.sms, '13700000002')).accessToken
    adviser = (await signInBySms(stack.bffUrl, stack.sms, '13800000001')).accessToken
  })
  afterAll(() => stack?.stop())

  it('refuses a bad complaint with a clear reason and keeps nothing', async () => {
    const othersPhoto = await upload(stack.bffUrl, other, JPEG)
    const othersAid = await apply(stack.bffUrl, other, applicationBody())
    expect([othersPhoto.status, othersAid.status]).toEqual([201, 201])
    const cases = [
      [complaintBody({ text: '态度差' }), 400, '请用至少10个字写明投诉的事情'],
      [complaintBody({ text: '好'.repeat(1001) }), 400, '内容不能超过1000个字'],
      [complaintBody({ category: 'weather' }), 400, undefined],
      [complaintBody({ target: { about: 'institution', id: 'inst-nowhere' } }), 404, '找不到投诉对象，请返回重新选择'],
      [complaintBody({ target: { about: 'practitioner', id: 'nobody' } }), 404, '找不到投诉对象，请返回重新选择'],
      [
        complaintBody({ target: { about: 'request', id: othersAid.body.number } }),
        404,
        '找不到投诉对象，请返回重新选择',
      ],
      [complaintBody({ photos: [othersPhoto.body.id] }), 400, '照片无效或已用于其他事项，请重新上传'],
    ] as const
    for (const [body, status, message] of cases) {
      const res = await file(resident, body)
      expect({ status: res.status, ...(message ? { message: said(res.body) } : {}) }).toEqual({
        status,
        ...(message ? { message } : {}),
      })
    }
    // Text for the office goes through the content check like every text people write for others.
    const unsafe = await file(resident, complaintBody({ text: '出售银行卡，量大从优，请联系我' }))
    expect([unsafe.status, unsafe.body.code]).toEqual([422, 'CONTENT_UNSAFE'])
    expect(await mine()).toEqual([])
  })

  it('numbers a complaint with its photos and deadline, answers a retry with it, and lists it in 我的办件 and 进度查询', async () => {
    const subject = await call<ComplaintSubject>(
      stack.bffUrl,
      'GET',
      `/api/v1/complaint-subject?about=institution&id=${OFFICE}`,
      { token: resident },
    )
    expect(subject.body).toMatchObject({ about: 'institution', name: '永宁县公共法律服务中心', kind: null })
    const photo = await upload(stack.bffUrl, resident, JPEG, '窗口.jpg')
    const body = complaintBody({ photos: [photo.body.id] })
    const filed = await file(resident, body, 'complaint-key-0001')
    expect(filed.status).toBe(201)
    first = filed.body
    expect(first.number).toMatch(/^\d{8}3\d{7}$/)
    expect(first).toMatchObject({
      status: 'submitted',
      subject: { about: 'institution', id: OFFICE, institution: { id: OFFICE, name: '永宁县公共法律服务中心' } },
      text: TEXT,
      contactPhone: '13900004321',
      allowContact: false,
      answer: null,
      rating: null,
    })
    expect(first.photos.map((p) => p.name)).toEqual(['窗口.jpg'])
    // Due at the end of a Beijing working day after today, and due soon already (two days, both warned).
    expect(first.deadline.state).toBe('due_soon')
    expect(first.deadline.dueAt).toMatch(/T16:00:00\.000Z$/)
    expect(Date.parse(first.deadline.dueAt!)).toBeGreaterThan(Date.now() + 86_400_000)

    const retry = await file(resident, body, 'complaint-key-0001')
    expect([retry.status, retry.body.number]).toEqual([201, first.number])
    expect((await mine()).map((r) => [r.number, r.kind, r.status])).toEqual([[first.number, 'complaint', 'submitted']])
    const progress = await call<RequestProgress>(
      stack.bffUrl,
      'GET',
      `/api/v1/requests/${first.number}?phoneLast4=4321`,
    )
    expect([progress.body.kind, progress.body.status]).toEqual(['complaint', 'submitted'])
  })

  it('the office answers, the complainant is told, asks once for review, and rates the review’s answer once', async () => {
    const n = first.number
    // The office sees what was said and the photos, but neither who said it nor a phone not offered.
    const queued = (await desk(staff)).find((c) => c.number === n)
    expect(queued).toMatchObject({ text: TEXT, contactPhone: null, deadline: { state: 'due_soon' } })
    expect(JSON.stringify(queued)).not.toContain('13900004321')
    expect((await fetch(`${stack.bffUrl}${queued!.photos[0].url}`)).status).toBe(200)

    const early = await review(n, resident)
    expect([early.status, said(early.body)]).toEqual([409, '机构答复之后才能申请复核'])
    const short = await answer(n, staff, '已处理')
    expect([short.status, said(short.body)]).toEqual([400, '请用至少10个字写明答复'])
    const answered = await answer(n, staff)
    expect([answered.status, answered.body.status, answered.body.deadline]).toEqual([
      200,
      'answered',
      { state: 'none', dueAt: null },
    ])
    expect(said((await answer(n, staff)).body)).toBe('该投诉已答复，请刷新查看')
    expect(await stack.sms.waitFor((m) => m.template === 'complaint_answered' && m.params.number === n)).toMatchObject({
      phone: '13900004321',
      params: { place: '永宁县公共法律服务中心' },
    })

    const reviewed = await review(n, resident)
    expect([reviewed.status, reviewed.body.status, reviewed.body.deadline.state]).toEqual([
      200,
      'review_requested',
      'due_soon',
    ])
    const notYet = await rate(n, resident)
    expect([notYet.status, said(notYet.body)]).toEqual([409, '办结后才能评价'])
    expect(said((await review(n, resident)).body)).toBe('每件投诉只能申请一次复核')
    const again = await answer(n, staff, '复核后，中心已调整窗口人员，并将材料清单张贴在窗口。')
    expect([again.status, again.body.status, again.body.reviewAnswer?.text]).toEqual([
      200,
      'reviewed',
      '复核后，中心已调整窗口人员，并将材料清单张贴在窗口。',
    ])
    expect((await rate(n, resident)).status).toBe(201)
    expect((await rate(n, resident)).status).toBe(409)

    const seen = (await get(n, resident)).body
    expect(seen.rating).toEqual({ score: 4, tags: ['clear'], comment: '' })
    expect([seen.answer?.text, seen.review?.text]).toEqual([
      '经核查，已对窗口人员批评教育，所需材料清单已短信发送给您。',
      '答复没有说明今后如何改进，我不满意，请复核。',
    ])
    expect(seen.timeline.map((t) => t.status)).toEqual(['submitted', 'answered', 'review_requested', 'reviewed'])
    expect((await mine()).find((r) => r.number === n)?.status).toBe('reviewed')

    const audit = await signedCall<{ items: { action: string }[] }>(
      stack,
      'GET',
      `/audit?entity=complaint&entityId=${n}`,
    )
    expect(audit.body.items.map((e) => e.action)).toEqual([
      'complaint.file',
      'complaint.answer',
      'complaint.askReview',
      'complaint.answerReview',
    ])
  })

  it('a rated answer is final: no review after the rating', async () => {
    const c = (await file(resident, complaintBody({ category: 'delay' }))).body
    await answer(c.number, staff)
    expect((await rate(c.number, resident)).status).toBe(201)
    const late = await review(c.number, resident)
    expect([late.status, said(late.body)]).toEqual([409, '已评价的投诉不能再申请复核'])
  })

  it('only the complainant and the office concerned see a complaint; only the office answers (role matrix)', async () => {
    const n = first.number
    const status = async (token?: string) => (await get(n, token)).status
    expect({
      anonymous: await status(),
      complainant: await status(resident),
      otherResident: await status(other),
      adviser: await status(adviser),
      officeStaff: await status(staff),
      otherOfficeStaff: await status(otherStaff),
    }).toEqual({
      anonymous: 401,
      complainant: 200,
      otherResident: 404,
      adviser: 404,
      officeStaff: 200,
      otherOfficeStaff: 404,
    })
    const fresh = (await file(resident, complaintBody({ category: 'quality' }))).body.number
    const answers = async (token: string) => (await answer(fresh, token)).status
    const reviews = async (token: string) => (await review(n, token)).status
    const lists = async (token?: string) =>
      (await call(stack.bffUrl, 'GET', '/api/v1/workbench/complaints', { token })).status
    const files = async (token: string) => (await file(token, complaintBody())).status
    expect({
      answer: {
        complainant: await answers(resident),
        adviser: await answers(adviser),
        otherOfficeStaff: await answers(otherStaff),
      },
      review: { otherResident: await reviews(other), staff: await reviews(staff) },
      desk: { anonymous: await lists(), resident: await lists(resident), adviser: await lists(adviser) },
      file: { adviser: await files(adviser), staff: await files(staff) },
    }).toEqual({
      answer: { complainant: 403, adviser: 403, otherOfficeStaff: 404 },
      review: { otherResident: 404, staff: 403 },
      desk: { anonymous: 401, resident: 403, adviser: 403 },
      file: { adviser: 403, staff: 403 },
    })
    expect((await desk(otherStaff)).map((c) => c.number)).not.toContain(n)
  })

  it('a complaint about a person goes to their office; a staff member never sees one about themself', async () => {
    const aboutMediator = await file(
      resident,
      complaintBody({
        target: { about: 'practitioner', id: 'mediator-ma-fugui' },
        category: 'conduct',
        allowContact: true,
      }),
    )
    expect(aboutMediator.body.subject).toMatchObject({
      about: 'practitioner',
      name: '马福贵',
      institution: { id: 'inst-mn-mediation' },
    })
    const aboutClerk = (await file(resident, complaintBody({ target: { about: 'practitioner', id: 'staff-zhao-li' } })))
      .body
    expect(aboutClerk.subject.institution.id).toBe(OFFICE)
    // 赵丽 works at the office it is about, but it is about her: it is not hers to see or answer.
    expect((await desk(staff)).map((c) => c.number)).not.toContain(aboutClerk.number)
    expect((await get(aboutClerk.number, staff)).status).toBe(404)
    expect((await answer(aboutClerk.number, staff)).status).toBe(404)
  })

  it('a complaint about a request of mine goes to the office that handled it', async () => {
    const aid = (await apply(stack.bffUrl, resident, applicationBody())).body
    const c = await file(resident, complaintBody({ target: { about: 'request', id: aid.number }, category: 'delay' }))
    expect([c.status, c.body.subject]).toEqual([
      201,
      {
        about: 'request',
        id: aid.number,
        name: '',
        kind: 'legal_aid',
        institution: { id: OFFICE, name: '永宁县公共法律服务中心', phone: expect.any(String) },
      },
    ])
    const ofComplaint = await file(resident, complaintBody({ target: { about: 'request', id: c.body.number } }))
    expect(ofComplaint.status).toBe(404)
  })

  it('督办 shows a center the complaints due under its region, without what was said or by whom', async () => {
    const supervision = async (token: string) =>
      call<SupervisedComplaintList>(stack.bffUrl, 'GET', '/api/v1/workbench/complaints/supervision', { token })
    const mine = (await supervision(staff)).body
    const offices = new Set(mine.items.map((i) => i.subject.institution.id))
    // 永宁县 (640121): its own center, and the mediation committee of 望远镇 under it.
    expect([...offices].sort()).toEqual(['inst-mn-mediation', OFFICE])
    expect(mine.items.every((i) => i.deadline.state === 'due_soon')).toBe(true)
    const shown = JSON.stringify(mine)
    expect(shown).not.toContain(TEXT)
    expect(shown).not.toContain('13900004321')
    expect((await supervision(otherStaff)).body.items).toEqual([])
    expect((await supervision(adviser)).status).toBe(403)
    expect((await supervision(resident)).status).toBe(403)
  })
})
