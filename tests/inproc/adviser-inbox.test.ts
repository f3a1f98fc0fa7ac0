import { afterAll, beforeAll, describe, expect, it } from '../support/node-test'
import type { AdviserFigures, Consultation, ConsultationList, MessagePage, OverdueList } from '@pocket/contract'
import { call, signInBySms } from '../support/api'
import { ADVISER_PHONE, BACKUP_PHONE, device, residentWithConsultation, sendText } from '../support/consult'
import { startInProcess, type InProcessStack } from '../support/in-process'
import type { Opened } from '../support/ws-client'
import { noteSaid } from '../support/said'

/** 赵丽, staff of the Yongning county center, whose villages include the demo village. */
const COUNTY_STAFF_PHONE = '13700000001'

describe('the adviser inbox: reply deadline, hand-over to the backup, resolve and rate, 督办 (in process)', () => {
  let stack: InProcessStack
  let resident = ''
  let adviser = ''
  let backup = ''
  let consultation: Consultation
  const sockets: Opened[] = []
  const connect = async (token: string) => {
    const c = await device(stack.bffUrl, token)
    sockets.push(c)
    return c
  }
  const inbox = async (token: string, query = '') =>
    (await call<ConsultationList>(stack.bffUrl, 'GET', `/api/v1/consultations${query}`, { token })).body.items
  const mine = async (token: string, query = '') => (await inbox(token, query)).find((c) => c.id === consultation.id)
  const post = (token: string, path: string, body?: unknown) =>
    call<Consultation>(stack.bffUrl, 'POST', `/api/v1/consultations/${consultation.id}/${path}`, { token, body })

  beforeAll(async () => {
    // A three-second deadline (due soon in its last two), swept four times a second.
    stack = await startInProcess({
      extraDcEnv: { REPLY_DEADLINE: '3s', REPLY_DUE_SOON: '2s' },
      extraBffEnv: { HANDOVER_SWEEP_MS: '250' },
    })
    const r = await residentWithConsultation(stack, '13966660301')
    resident = r.session.accessToken
    consultation = r.consultation
    adviser = (await signInBySms(stack.bffUrl, stack.sms, ADVISER_PHONE)).accessToken
    backup = (await signInBySms(stack.bffUrl, stack.sms, BACKUP_PHONE)).accessToken
  })
  afterAll(async () => {
    for (const s of sockets) s.ws.close()
    await stack?.stop()
  })

  it('a question starts the deadline; past it the backup takes over with a note, and 督办 sees it', async () => {
    const phone = await connect(resident)
    const backupPhone = await connect(backup)
    sendText(phone, consultation.id, 'ask-0000001', '我家的宅基地被村里收回了，合法吗？')
    await phone.waitFor('message.ack', (d) => d.clientId === 'ask-0000001')
    const waiting = await mine(adviser, '?filter=unanswered')
    expect(waiting?.deadline.state).toMatch(/^(normal|due_soon)$/)
    expect(Date.parse(waiting?.deadline.dueAt ?? '') - Date.parse(waiting?.deadline.waitingSince ?? '')).toBe(3000)
    expect(await mine(backup)).toBeUndefined()

    // The deadline passes: the backup is told by the hand-over note itself.
    const note = await backupPhone.waitFor('message.new', (d) => (d.body as { kind: string }).kind === 'system')
    expect(note.body).toMatchObject({ kind: 'system', event: 'handover' })
    expect(noteSaid(note.body)).toBe('马晓梅老师暂未回复，已转由备岗法律顾问李建国老师跟进')
    expect(await mine(backup, '?filter=backup')).toMatchObject({ asBackup: true, handedOver: true })
    expect(await mine(adviser, '?filter=overdue')).toMatchObject({ deadline: { state: 'overdue' }, asBackup: false })

    const overdue = await call<OverdueList>(stack.bffUrl, 'GET', '/api/v1/consultations/overdue', {
      token: (await signInBySms(stack.bffUrl, stack.sms, COUNTY_STAFF_PHONE)).accessToken,
    })
    expect(overdue.body.items.map((o) => [o.id, o.adviser.name, o.backup?.name, o.handedOver])).toEqual([
      [consultation.id, '马晓梅', '李建国', true],
    ])
    // Staff see that it is late, not what was asked.
    expect(JSON.stringify(overdue.body)).not.toContain('宅基地')
    expect((await call(stack.bffUrl, 'GET', '/api/v1/consultations/overdue', { token: resident })).status).toBe(403)
  })

  it('the backup answers (late, counted in their figures); the adviser resolves; the resident rates once', async () => {
    const backupPhone = await connect(backup)
    sendText(backupPhone, consultation.id, 'answer-00001', '收回宅基地要有法定事由和补偿，请把通知书拍给我。')
    await backupPhone.waitFor('message.ack', (d) => d.clientId === 'answer-00001')
    expect((await mine(resident))?.deadline).toEqual({ state: 'none', waitingSince: null, dueAt: null })
    const figures = await call<AdviserFigures>(stack.bffUrl, 'GET', '/api/v1/consultations/figures', {
      token: backup,
    })
    expect(figures.body).toMatchObject({ answeredThisWeek: 1, overdueNow: 0 })
    expect(figures.body.medianFirstReplyMinutes).toBeGreaterThanOrEqual(0)

    expect((await post(resident, 'resolve')).status).toBe(403)
    expect((await post(resident, 'rating', { score: 5, comment: '' })).status).toBe(409)
    expect((await post(adviser, 'resolve')).body).toMatchObject({ status: 'resolved' })
    expect((await post(adviser, 'resolve')).status).toBe(409)
    // Resolved, the hand-over ends: the backup no longer sees it.
    expect(await mine(backup)).toBeUndefined()

    expect((await post(resident, 'rating', { score: 5, comment: '马老师很耐心' })).body).toMatchObject({
      rating: { score: 5, comment: '马老师很耐心' },
    })
    expect((await post(resident, 'rating', { score: 1, comment: '' })).status).toBe(409)
    expect((await post(resident, 'rating', { score: 6, comment: '' })).status).toBe(400)
    const rated = await call<AdviserFigures>(stack.bffUrl, 'GET', '/api/v1/consultations/figures', { token: adviser })
    expect(rated.body.rating).toEqual({ average: 5, count: 1 })

    const history = await call<MessagePage>(
      stack.bffUrl,
      'GET',
      `/api/v1/consultations/${consultation.id}/messages?afterSeq=0`,
      { token: resident },
    )
    const notes = history.body.items.filter((m) => m.body.kind === 'system').map((m) => m.body)
    expect(notes.map((b) => (b as { event: string }).event)).toEqual(['handover', 'resolved'])
    expect(noteSaid(notes[1])).toBe('马晓梅老师已将本次咨询标记为已解决。如还有问题，可以继续留言')
  })

  it('a new question reopens a resolved consultation and starts a new deadline', async () => {
    const phone = await connect(resident)
    sendText(phone, consultation.id, 'again-000001', '通知书拍好了，还有一个问题。')
    await phone.waitFor('message.ack', (d) => d.clientId === 'again-000001')
    expect(await mine(resident)).toMatchObject({
      status: 'open',
      rating: null,
      deadline: { state: expect.any(String) },
    })
    expect((await mine(resident))?.deadline.waitingSince).not.toBeNull()
    // A rating, once given, stays: reopening and resolving again does not wipe the one given
    // (the adviser's figures still count it); the new round gets its own.
    const figures = async () =>
      (await call<AdviserFigures>(stack.bffUrl, 'GET', '/api/v1/consultations/figures', { token: adviser })).body.rating
    expect((await post(adviser, 'resolve')).body).toMatchObject({ status: 'resolved', rating: null })
    expect(await figures()).toEqual({ average: 5, count: 1 })
    expect((await post(resident, 'rating', { score: 2, comment: '' })).status).toBe(200)
    expect(await figures()).toEqual({ average: 3.5, count: 2 })
  })

  it('while the adviser is away, a question goes to the backup at once, and the resident is told when', async () => {
    const until = new Date(Date.now() + 2 * 24 * 3600_000).toISOString()
    const away = await call<AdviserFigures>(stack.bffUrl, 'PUT', '/api/v1/consultations/away', {
      token: adviser,
      body: { until },
    })
    expect(away.body.awayUntil).toBe(until)
    const other = await residentWithConsultation(stack, '13966660302')
    expect(other.consultation.availability.awayUntil).toBe(until)
    const phone = await connect(other.session.accessToken)
    const backupPhone = await connect(backup)
    sendText(phone, other.consultation.id, 'leave-000001', '我想咨询离婚财产怎么分。')
    const question = await backupPhone.waitFor('message.new', (d) => d.consultationId === other.consultation.id)
    expect(question.seq).toBe(1)
    const note = await phone.waitFor('message.new', (d) => d.seq === 2)
    expect(note.body).toMatchObject({ kind: 'system', event: 'handover' })
    expect(noteSaid(note.body)).toContain('请假中')
    expect(
      (await call(stack.bffUrl, 'PUT', '/api/v1/consultations/away', { token: adviser, body: { until: null } })).status,
    ).toBe(200)
  })

  it('refuses a leave end that is no time, no instant, past or more than a year away, and stays up', async () => {
    const far = new Date(Date.now() + 400 * 24 * 3600_000).toISOString()
    for (const until of ['x', '09:00', '+275760-09-13T00:00:00.000Z', '9999-12-31T00:00:00Z', far]) {
      const res = await call(stack.bffUrl, 'PUT', '/api/v1/consultations/away', { token: adviser, body: { until } })
      expect([until, res.status, res.body.code]).toEqual([until, 400, 'VALIDATION_FAILED'])
    }
    expect(stack.dc.output()).not.toContain('RangeError')
    expect(stack.dc.output()).not.toContain('request failed')
  })

  it('finds conversations by resident or village; wildcards are plain letters', async () => {
    expect((await inbox(adviser, `?q=${encodeURIComponent('0301')}`)).map((c) => c.id)).toEqual([consultation.id])
    expect((await inbox(adviser, `?q=${encodeURIComponent('福宁')}`)).length).toBe(2)
    expect(await inbox(adviser, `?q=${encodeURIComponent('%')}`)).toEqual([])
    expect(
      (await call(stack.bffUrl, 'GET', '/api/v1/consultations?filter=everything', { token: adviser })).status,
    ).toBe(400)
  })

  it('常用语 are none until saved (the app offers its starters), the adviser’s own to edit, nobody else’s', async () => {
    const get = async (token: string) =>
      call<{ items: string[] | null }>(stack.bffUrl, 'GET', '/api/v1/consultations/saved-replies', { token })
    expect((await get(adviser)).body.items).toBeNull()
    const put = (token: string, items: string[]) =>
      call(stack.bffUrl, 'PUT', '/api/v1/consultations/saved-replies', { token, body: { items } })
    expect((await put(adviser, ['您好，请讲。', '收到，稍后回复。'])).status).toBe(200)
    expect((await get(adviser)).body.items).toEqual(['您好，请讲。', '收到，稍后回复。'])
    expect((await put(adviser, ['  '])).status).toBe(400)
    expect((await get(resident)).status).toBe(403)
    expect((await get(backup)).body.items).toBeNull()
  })
})
