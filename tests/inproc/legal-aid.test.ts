import { afterAll, beforeAll, describe, expect, it } from '../support/node-test'
import type { LegalAidApplication, RequestList, RequestProgress } from '@pocket/contract'
import { maskIdNumber } from '@pocket/contract'
import { call, signInBySms, signInByWechat } from '../support/api'
import { act, AID_OFFICE, applicationBody, apply, JPEG, MISTYPED_ID, upload, VALID_ID } from '../support/legal-aid'
import { signedCall } from '../support/signed'
import { startInProcess, type InProcessStack } from '../support/in-process'
import { said, stepSaid } from '../support/said'

describe('online legal aid application (in process)', () => {
  let stack: InProcessStack
  let resident = ''
  let other = ''
  let staff = ''
  let otherStaff = ''
  let adviser = ''
  const seen: string[] = []
  const get = async <T>(path: string, token?: string) => {
    const res = await call<T>(stack.bffUrl, 'GET', path, { token })
    seen.push(JSON.stringify(res.body))
    return res
  }
  const mine = async () => (await get<RequestList>('/api/v1/me/requests', resident)).body.items

  beforeAll(async () => {
    stack = await startInProcess({ extraBffEnv: { NOTIFY_POLL_MS: '200' } })
    resident = (await signInByWechat(stack.bffUrl, stack.wechat, 'openid-aid-applicant')).accessToken
    other = (await signInByWechat(stack.bffUrl, stack.wechat, 'openid-aid-other')).accessToken
    staff = (await signInBySms(stack.bffUrl, stack.sms, '13700000001')).accessToken
    otherStaff = (await signInBySms(stack.bffUrl, stack.sms, '13700000002')).accessToken
    adviser = (await signInBySms(stack.bffUrl, stack.sms, '13800000001')).accessToken
  })
  afterAll(() => stack?.stop())

  it('refuses a mistyped ID number, an undeclared hardship or someone else’s file, and keeps nothing', async () => {
    const othersFile = await upload(stack.bffUrl, other, JPEG)
    expect(othersFile.status).toBe(201)
    const cases = [
      [applicationBody({ idNumber: MISTYPED_ID }), 400, 'idNumber', '身份证号码不正确，请核对'],
      [
        applicationBody({ hardship: { basis: 'low_income', declared: false } }),
        400,
        'hardship.declared',
        '请确认经济困难声明属实',
      ],
      [applicationBody({ summary: '欠薪' }), 400, 'summary', '请用至少10个字说明案情'],
      [
        applicationBody({ attachments: [othersFile.body.id] }),
        400,
        'attachments',
        '附件无效或已用于其他申请，请重新上传',
      ],
      [applicationBody({ institutionId: 'inst-yc-notary' }), 404, undefined, '找不到该受理机构'],
    ] as const
    for (const [body, status, field, message] of cases) {
      const res = await apply(stack.bffUrl, resident, body)
      expect({
        status: res.status,
        message: said(res.body),
        field: res.body.details?.field,
      }).toEqual({ status, message, field })
    }
    expect(await mine()).toEqual([])
  })

  it('numbers an application, masks the ID everywhere, and answers a retry with the same application', async () => {
    const photo = await upload(stack.bffUrl, resident, JPEG, '欠条.jpg')
    expect(photo.status).toBe(201)
    const body = applicationBody({ attachments: [photo.body.id] })
    const first = await apply(stack.bffUrl, resident, body, 'legal-aid-key-0001')
    expect(first.status).toBe(201)
    seen.push(JSON.stringify(first.body))
    const a = first.body
    expect(a.number).toMatch(/^\d{8}3\d{7}$/) // 3: the web channel
    expect(a.status).toBe('submitted')
    expect(a.idNumberMasked).toBe(maskIdNumber(VALID_ID))
    expect(a.idNumberMasked).toBe('640***********1230')
    expect(a.timeline.map((t) => t.status)).toEqual(['submitted'])
    expect(a.attachments.map((f) => [f.name, f.mime])).toEqual([['欠条.jpg', 'image/jpeg']])
    const bytes = Buffer.from(await (await fetch(`${stack.bffUrl}${a.attachments[0].url}`)).arrayBuffer())
    expect(bytes.equals(JPEG)).toBe(true)

    const retry = await apply(stack.bffUrl, resident, body, 'legal-aid-key-0001')
    expect([retry.status, retry.body.number]).toEqual([201, a.number])
    const reused = await apply(stack.bffUrl, resident, applicationBody({ caseType: 'family' }), 'legal-aid-key-0001')
    expect([reused.status, reused.body.code]).toEqual([422, 'IDEMPOTENCY_KEY_REUSED'])
    expect((await mine()).map((r) => [r.number, r.kind, r.status])).toEqual([[a.number, 'legal_aid', 'submitted']])
  })

  it('staff move it 初审 → 已受理 → 已指派 → 已办结 in order, and the applicant sees each step', async () => {
    const number = (await mine())[0].number
    const queue = await get<{ items: LegalAidApplication[] }>('/api/v1/workbench/legal-aid', staff)
    expect(queue.body.items.map((i) => [i.number, i.institution.id])).toEqual([[number, AID_OFFICE]])
    expect(said((await act(stack.bffUrl, staff, number, 'accept')).body)).toBe('初审中的申请才能受理')
    expect((await act(stack.bffUrl, staff, number, 'review')).status).toBe(200)
    expect((await act(stack.bffUrl, staff, number, 'accept')).status).toBe(200)
    const noAssignee = await act(stack.bffUrl, staff, number, 'assign')
    expect([noAssignee.status, said(noAssignee.body)]).toEqual([400, '请填写承办人'])
    expect((await act(stack.bffUrl, staff, number, 'assign', { assignee: '宁夏贺兰律师事务所 王律师' })).status).toBe(
      200,
    )
    const closed = await act(stack.bffUrl, staff, number, 'close')
    expect(closed.status).toBe(200)
    seen.push(JSON.stringify(closed.body))

    const view = (await get<LegalAidApplication>(`/api/v1/legal-aid/applications/${number}`, resident)).body
    expect(view.status).toBe('closed')
    expect(view.assignee).toBe('宁夏贺兰律师事务所 王律师')
    expect(view.timeline.map((t) => [t.status, stepSaid(t)])).toEqual([
      ['submitted', null],
      ['reviewing', null],
      ['accepted', null],
      ['assigned', '承办：宁夏贺兰律师事务所 王律师'],
      ['closed', null],
    ])
    const progress = await get<RequestProgress>(`/api/v1/requests/${number}?phoneLast4=5678`)
    expect([progress.body.kind, progress.body.status, progress.body.timeline.length]).toEqual([
      'legal_aid',
      'closed',
      5,
    ])
    // The applicant heard of each step the office decided, on the contact phone (a WeChat user who
    // accepted no subscription gets the SMS), as booking notices do.
    for (const template of ['legal_aid_accepted', 'legal_aid_assigned', 'legal_aid_closed'])
      expect(await stack.sms.waitFor((m) => m.template === template && m.params.number === number)).toMatchObject({
        phone: '13900005678',
        params: { place: '永宁县公共法律服务中心' },
      })
  })

  it('a refusal carries its reason to the applicant', async () => {
    const a = (await apply(stack.bffUrl, resident, applicationBody({ caseType: 'traffic' }))).body
    await act(stack.bffUrl, staff, a.number, 'review')
    const noReason = await act(stack.bffUrl, staff, a.number, 'reject')
    expect([noReason.status, said(noReason.body)]).toEqual([400, '请填写不予受理的理由'])
    await act(stack.bffUrl, staff, a.number, 'reject', { reason: '申请人家庭收入高于当地经济困难标准' })
    const view = (await get<LegalAidApplication>(`/api/v1/legal-aid/applications/${a.number}`, resident)).body
    expect([view.status, view.reason, view.timeline.at(-1)?.note]).toEqual([
      'rejected',
      '申请人家庭收入高于当地经济困难标准',
      '申请人家庭收入高于当地经济困难标准',
    ])
  })

  it('only the applicant and the staff of the office see an application and its files', async () => {
    const number = (await mine()).at(-1)!.number
    const path = `/api/v1/legal-aid/applications/${number}`
    const status = async (token?: string) => (await call(stack.bffUrl, 'GET', path, { token })).status
    expect({
      anonymous: await status(),
      applicant: await status(resident),
      otherResident: await status(other),
      adviser: await status(adviser),
      staff: await status(staff),
      otherOfficeStaff: await status(otherStaff),
    }).toEqual({ anonymous: 401, applicant: 200, otherResident: 404, adviser: 404, staff: 200, otherOfficeStaff: 404 })
    const acts = async (token: string) => (await act(stack.bffUrl, token, number, 'review')).status
    expect({
      applicant: await acts(resident),
      adviser: await acts(adviser),
      otherOfficeStaff: await acts(otherStaff),
    }).toEqual({
      applicant: 403,
      adviser: 403,
      otherOfficeStaff: 404,
    })
    expect((await call(stack.bffUrl, 'GET', '/api/v1/workbench/legal-aid', { token: otherStaff })).body).toEqual({
      items: [],
    })
    const queue = async (token?: string) =>
      (await call(stack.bffUrl, 'GET', '/api/v1/workbench/legal-aid', { token })).status
    const applyAs = async (token: string) => (await apply(stack.bffUrl, token, applicationBody())).status
    expect({
      queue: {
        anonymous: await queue(),
        resident: await queue(resident),
        adviser: await queue(adviser),
        staff: await queue(staff),
      },
      apply: { adviser: await applyAs(adviser), staff: await applyAs(staff) },
    }).toEqual({
      queue: { anonymous: 401, resident: 403, adviser: 403, staff: 200 },
      apply: { adviser: 403, staff: 403 },
    })

    const file = (await get<LegalAidApplication>(path, staff)).body.attachments[0]
    expect((await fetch(`${stack.bffUrl}${file.url}`)).status).toBe(200)
    const forged = file.url.replace(/sig=[^&]+/, `sig=${'A'.repeat(43)}`)
    expect((await fetch(`${stack.bffUrl}${forged}`)).status).toBe(403)
    const file2 = await signedCall(stack, 'GET', `/files/${file.id}`, { actor: 'account:nobody', role: 'resident' })
    expect(file2.status).toBe(404)
  })

  it('uses the signed-in phone when the application names none, and asks for one when the account has none', async () => {
    const bySms = (await signInBySms(stack.bffUrl, stack.sms, '13955567001')).accessToken
    const own = await apply(stack.bffUrl, bySms, applicationBody({ contactPhone: undefined }))
    expect([own.status, own.body.contactPhone]).toEqual([201, '13955567001'])
    const wechatOnly = (await signInByWechat(stack.bffUrl, stack.wechat, 'openid-aid-nophone')).accessToken
    const none = await apply(stack.bffUrl, wechatOnly, applicationBody({ contactPhone: undefined }))
    expect([none.status, said(none.body)]).toEqual([400, '请填写联系电话'])
  })

  it('refuses a third application pending at one office, with a clear reason, keeping nothing', async () => {
    const busy = (await signInByWechat(stack.bffUrl, stack.wechat, 'openid-aid-many')).accessToken
    for (const caseType of ['wages', 'family'])
      expect((await apply(stack.bffUrl, busy, applicationBody({ caseType }))).status).toBe(201)
    const third = await apply(stack.bffUrl, busy, applicationBody({ caseType: 'traffic' }))
    expect([third.status, third.body.code, said(third.body)]).toEqual([
      429,
      'RATE_LIMITED',
      '您在该机构已有2件待审核的申请，请等审核结果出来后再申请',
    ])
    const theirs = await call<RequestList>(stack.bffUrl, 'GET', '/api/v1/me/requests', { token: busy })
    expect(theirs.body.items).toHaveLength(2)
    // Once the office has decided one, another may be filed.
    await act(stack.bffUrl, staff, theirs.body.items[0].number, 'review')
    await act(stack.bffUrl, staff, theirs.body.items[0].number, 'reject', { reason: '不符合经济困难标准' })
    expect((await apply(stack.bffUrl, busy, applicationBody({ caseType: 'traffic' }))).status).toBe(201)
  })

  it('no full ID number in any answer, log line or audit entry', async () => {
    const numbers = (await mine()).map((r) => r.number)
    for (const number of numbers) {
      const audit = await signedCall(stack, 'GET', `/audit?entity=legal_aid&entityId=${number}`)
      expect(audit.status).toBe(200)
      seen.push(JSON.stringify(audit.body))
    }
    expect(seen.join('\n')).toContain('640***********1230')
    const everything = [seen.join('\n'), stack.dc.output(), stack.bffs[0].output()].join('\n')
    expect(everything).not.toContain(VALID_ID)
    expect(everything).not.toContain(VALID_ID.slice(6, 14)) // not even the birth date
  })
})
