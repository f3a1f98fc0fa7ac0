import { afterAll, beforeAll, describe, expect, it } from '../support/node-test'
import type { Callback, CallbackList, RequestList, RequestProgress } from '@pocket/contract'
import { call, signInBySms } from '../support/api'
import { ADVISER_PHONE } from '../support/consult'
import { signedCall } from '../support/signed'
import { startInProcess, type InProcessStack } from '../support/in-process'
import { refusal } from '../support/said'

/** 赵丽 (13700000001), staff of 永宁县's center: the hotline desk of its villages. */
const STAFF_PHONE = '13700000001'
/** 孙浩 (13700000002), staff of 兴庆区's center: another desk. */
const OTHER_DESK_PHONE = '13700000002'
/** A village of 永宁县 (闽宁镇). */
const YONGNING_VILLAGE = '640121104201'

describe('12348 hotline callbacks (in process)', () => {
  let stack: InProcessStack
  let resident = ''
  let staff = ''
  let otherDesk = ''
  const villager = async (phone: string) => {
    const token = (await signInBySms(stack.bffUrl, stack.sms, phone)).accessToken
    await call(stack.bffUrl, 'PUT', '/api/v1/me/village', { token, body: { villageCode: YONGNING_VILLAGE } })
    return token
  }
  const mine = async () =>
    (await call<RequestList>(stack.bffUrl, 'GET', '/api/v1/me/requests', { token: resident })).body.items
  const ask = (body: unknown, token = resident) =>
    call<Callback>(stack.bffUrl, 'POST', '/api/v1/callbacks', { token, body })
  const close = (number: string, body: unknown, token = staff) =>
    call<Callback>(stack.bffUrl, 'POST', `/api/v1/workbench/callbacks/${number}/close`, { token, body })
  const take = (number: string, token = staff) =>
    call<Callback>(stack.bffUrl, 'POST', `/api/v1/workbench/callbacks/${number}/take`, { token })
  const waiting = async (token = staff) =>
    (await call<CallbackList>(stack.bffUrl, 'GET', '/api/v1/workbench/callbacks', { token })).body.items

  beforeAll(async () => {
    stack = await startInProcess()
    resident = await villager('13966662001')
    staff = (await signInBySms(stack.bffUrl, stack.sms, STAFF_PHONE)).accessToken
    otherDesk = (await signInBySms(stack.bffUrl, stack.sms, OTHER_DESK_PHONE)).accessToken
  })
  afterAll(async () => {
    await stack?.stop()
  })

  it('queues a callback to the signed-in phone under a unified number of the hotline channel; 我的办件 shows 待回拨', async () => {
    const asked = await ask({ window: 'afternoon', topic: '儿子打工被拖欠工资，想问怎么申请法律援助' })
    expect(asked.status).toBe(201)
    expect(asked.body).toMatchObject({
      state: 'waiting',
      window: 'afternoon',
      phone: '13966662001',
      closedAt: null,
      desk: { id: 'inst-yn-center', name: '永宁县公共法律服务中心' },
      taker: null,
    })
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
    expect(refusal((await ask({ phone: '12345', window: 'morning', topic: '工资问题' })).body)).toEqual({
      code: 'VALIDATION_FAILED',
      said: '请输入正确的11位手机号码',
    })
    expect((await ask({ phone: '13966662001', window: 'midnight', topic: '工资问题' })).status).toBe(400)
    expect(refusal((await ask({ phone: '13966662001', window: 'any', topic: ' ' })).body)).toEqual({
      code: 'VALIDATION_FAILED',
      said: '请简要说明想咨询的问题',
    })
    expect(await mine()).toHaveLength(before)
  })

  it('asks for the village first, and confirms a phone other than the signed-in one by its SMS code', async () => {
    const nowhere = (await signInBySms(stack.bffUrl, stack.sms, '13966662003')).accessToken
    expect((await ask({ window: 'any', topic: '工资问题' }, nowhere)).body).toMatchObject({ code: 'VILLAGE_NOT_SET' })
    const other = { phone: '13966662099', window: 'any', topic: '替父亲咨询赡养问题' }
    const unconfirmed = await ask(other)
    expect([unconfirmed.status, unconfirmed.body.details]).toEqual([400, { field: 'code' }])
    expect((await ask({ ...other, code: '000000' })).body.code).toBe('SMS_CODE_INVALID')
    expect((await call(stack.bffUrl, 'POST', '/api/v1/auth/sms/send', { body: { phone: other.phone } })).status).toBe(
      200,
    )
    const confirmed = await ask({ ...other, code: stack.sms.lastCode(other.phone) })
    expect([confirmed.status, confirmed.body.phone]).toEqual([201, '13966662099'])
    // The code is spent: it confirms once.
    expect((await ask({ ...other, code: stack.sms.lastCode(other.phone) })).body.code).toBe('SMS_CODE_INVALID')
  })

  it("shows a task only to its desk's staff, the phone masked until one takes it; take and close are audited", async () => {
    const asked = (await ask({ window: 'morning', topic: '邻居占了宅基地，想问怎么办' })).body
    expect((await waiting(otherDesk)).map((c) => c.number)).not.toContain(asked.number)
    expect((await take(asked.number, otherDesk)).status).toBe(404)
    expect((await close(asked.number, { outcome: 'called' }, otherDesk)).status).toBe(404)
    expect((await waiting()).find((c) => c.number === asked.number)).toMatchObject({
      phone: '139****2001',
      taker: null,
    })
    expect((await close(asked.number, { outcome: 'called' })).body).toMatchObject({ code: 'CONFLICT' })
    const taken = await take(asked.number)
    expect(taken.body).toMatchObject({ phone: '13966662001', taker: { name: '赵丽', me: true } })
    const audit = await signedCall<{ items: { action: string; actor: string }[] }>(
      stack,
      'GET',
      `/audit?entity=callback&entityId=${asked.number}`,
    )
    expect(audit.body.items.map((e) => e.action)).toEqual(['callback.take'])
    expect((await close(asked.number, { outcome: 'unreachable', note: '两次未接通' })).status).toBe(200)
    const after = await signedCall<{ items: { action: string }[] }>(
      stack,
      'GET',
      `/audit?entity=callback&entityId=${asked.number}`,
    )
    expect(after.body.items.map((e) => e.action).sort()).toEqual(['callback.close', 'callback.take'])
  })

  it("lets the hotline's staff see waiting tasks and close each once; the resident sees the outcome", async () => {
    const asker = await villager('13966662009')
    const asked = (await ask({ window: 'morning', topic: '邻居占了宅基地' }, asker)).body
    const adviser = (await signInBySms(stack.bffUrl, stack.sms, ADVISER_PHONE)).accessToken
    for (const token of [resident, adviser]) {
      expect((await call(stack.bffUrl, 'GET', '/api/v1/workbench/callbacks', { token })).status).toBe(403)
      expect((await close(asked.number, { outcome: 'called' }, token)).status).toBe(403)
    }
    expect(await waiting()).toContainEqual(expect.objectContaining({ number: asked.number, phone: '139****2009' }))
    expect((await take(asked.number)).body.phone).toBe('13966662009')

    const closed = await close(asked.number, { outcome: 'called', note: '已电话解答，建议携带宅基地证明到司法所调解' })
    expect(closed.body).toMatchObject({ state: 'called', note: '已电话解答，建议携带宅基地证明到司法所调解' })
    expect(closed.body.closedAt).not.toBeNull()
    expect(refusal((await close(asked.number, { outcome: 'unreachable' })).body)).toEqual({
      code: 'CONFLICT',
      said: '该回拨任务已处理',
    })
    expect((await close('2026120210000001', { outcome: 'called' })).status).toBe(404)

    const left = await call<CallbackList>(stack.bffUrl, 'GET', '/api/v1/workbench/callbacks', { token: staff })
    expect(left.body.items.map((c) => c.number)).not.toContain(asked.number)
    const done = await call<CallbackList>(stack.bffUrl, 'GET', '/api/v1/workbench/callbacks?state=called', {
      token: staff,
    })
    expect(done.body.items.map((c) => c.number)).toContain(asked.number)
    const theirs = await call<RequestList>(stack.bffUrl, 'GET', '/api/v1/me/requests', { token: asker })
    expect(theirs.body.items.find((r) => r.number === asked.number)?.status).toBe('called')
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
    const other = await villager('13966662002')
    const body = { window: 'any', topic: '想咨询离婚财产分割' }
    for (let i = 0; i < 5; i++) expect((await ask(body, other)).status).toBe(201)
    expect(refusal((await ask(body, other)).body)).toEqual({
      code: 'RATE_LIMITED',
      said: expect.stringContaining('12348'),
    })
  })
})
