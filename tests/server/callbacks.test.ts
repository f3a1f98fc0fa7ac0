import type { Callback, CallbackList, RequestList, RequestProgress } from '@pocket/contract'
import { call, signInBySms } from '../support/api'
import { ADVISER_PHONE } from '../support/consult'
import { databaseBackends } from '../support/env'
import { startStack, type Stack } from '../support/stack'

/** 赵丽 (13700000001), staff of the demo county center, takes the hotline's callbacks. */
const STAFF_PHONE = '13700000001'

describe.each(databaseBackends())('12348 hotline callbacks (%s)', (backend) => {
  let stack: Stack
  let resident = ''
  let staff = ''
  const mine = async () =>
    (await call<RequestList>(stack.bffUrl, 'GET', '/api/v1/me/requests', { token: resident })).body.items
  const ask = (body: unknown, token = resident) =>
    call<Callback>(stack.bffUrl, 'POST', '/api/v1/callbacks', { token, body })
  const close = (number: string, body: unknown, token = staff) =>
    call<Callback>(stack.bffUrl, 'POST', `/api/v1/workbench/callbacks/${number}/close`, { token, body })

  beforeAll(async () => {
    stack = await startStack({ backend })
    resident = (await signInBySms(stack.bffUrl, stack.sms, '13966662001')).accessToken
    staff = (await signInBySms(stack.bffUrl, stack.sms, STAFF_PHONE)).accessToken
  })
  afterAll(async () => {
    await stack?.stop()
  })

  it('queues a callback under a unified number of the hotline channel; it shows in 我的办件 as 待回拨', async () => {
    const asked = await ask({
      phone: '13966662001',
      window: 'afternoon',
      topic: '儿子打工被拖欠工资，想问怎么申请法律援助',
    })
    expect(asked.status).toBe(201)
    expect(asked.body).toMatchObject({ state: 'waiting', window: 'afternoon', phone: '13966662001', closedAt: null })
    // 16 digits: date, channel (hotline is 1), sequence, check digit.
    expect(asked.body.number).toMatch(/^\d{8}1\d{7}$/)
    expect(await mine()).toContainEqual(
      expect.objectContaining({ number: asked.body.number, kind: 'hotline_callback', status: 'waiting' }),
    )
    const progress = await call<RequestProgress>(
      stack.bffUrl,
      'GET',
      `/api/v1/requests/${asked.body.number}?phoneLast4=2001`,
    )
    expect(progress.body.timeline.map((s) => s.status)).toEqual(['waiting'])
  })

  it('refuses bad input with a clear reason, storing nothing', async () => {
    const before = (await mine()).length
    expect((await ask({ phone: '12345', window: 'morning', topic: '工资问题' })).body).toMatchObject({
      code: 'VALIDATION_FAILED',
      message: expect.stringContaining('手机号码'),
    })
    expect((await ask({ phone: '13966662001', window: 'midnight', topic: '工资问题' })).status).toBe(400)
    expect((await ask({ phone: '13966662001', window: 'any', topic: ' ' })).body).toMatchObject({
      code: 'VALIDATION_FAILED',
      message: '请简要说明想咨询的问题',
    })
    expect(await mine()).toHaveLength(before)
  })

  it("lets the hotline's staff see waiting tasks and close each once; the resident sees the outcome", async () => {
    const asked = (await ask({ phone: '13966662009', window: 'morning', topic: '邻居占了宅基地' })).body
    const adviser = (await signInBySms(stack.bffUrl, stack.sms, ADVISER_PHONE)).accessToken
    for (const token of [resident, adviser]) {
      expect((await call(stack.bffUrl, 'GET', '/api/v1/workbench/callbacks', { token })).status).toBe(403)
      expect((await close(asked.number, { outcome: 'called' }, token)).status).toBe(403)
    }
    const waiting = await call<CallbackList>(stack.bffUrl, 'GET', '/api/v1/workbench/callbacks', { token: staff })
    expect(waiting.body.items).toContainEqual(expect.objectContaining({ number: asked.number, phone: '13966662009' }))

    const closed = await close(asked.number, { outcome: 'called', note: '已电话解答，建议携带宅基地证明到司法所调解' })
    expect(closed.body).toMatchObject({ state: 'called', note: '已电话解答，建议携带宅基地证明到司法所调解' })
    expect(closed.body.closedAt).not.toBeNull()
    expect((await close(asked.number, { outcome: 'unreachable' })).body).toMatchObject({
      code: 'CONFLICT',
      message: '该回拨任务已处理',
    })
    expect((await close('2026120210000001', { outcome: 'called' })).status).toBe(404)

    const left = await call<CallbackList>(stack.bffUrl, 'GET', '/api/v1/workbench/callbacks', { token: staff })
    expect(left.body.items.map((c) => c.number)).not.toContain(asked.number)
    const done = await call<CallbackList>(stack.bffUrl, 'GET', '/api/v1/workbench/callbacks?state=called', {
      token: staff,
    })
    expect(done.body.items.map((c) => c.number)).toContain(asked.number)
    expect((await mine()).find((r) => r.number === asked.number)?.status).toBe('called')
    const progress = await call<RequestProgress>(
      stack.bffUrl,
      'GET',
      `/api/v1/requests/${asked.number}?phoneLast4=2009`,
    )
    expect(progress.body.timeline.map((s) => [s.status, s.note])).toEqual([
      ['waiting', null],
      ['called', '已电话解答，建议携带宅基地证明到司法所调解'],
    ])
  })

  it('takes at most five requests a day from one resident', async () => {
    const other = (await signInBySms(stack.bffUrl, stack.sms, '13966662002')).accessToken
    const body = { phone: '13966662002', window: 'any', topic: '想咨询离婚财产分割' }
    for (let i = 0; i < 5; i++) expect((await ask(body, other)).status).toBe(201)
    expect((await ask(body, other)).body).toMatchObject({
      code: 'RATE_LIMITED',
      message: expect.stringContaining('12348'),
    })
  })
})
