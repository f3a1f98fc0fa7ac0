import { afterAll, beforeAll, describe, expect, it } from './node-test'
import type { Consultation, ConsultationList, MessagePage } from '@pocket/contract'
import { call, signInBySms } from './api'
import { ADVISER_PHONE, BACKUP_PHONE, device, residentWithConsultation, sendText } from './consult'
import type { Opened } from './ws-client'
import { said } from './said'
import type { InProcessStack } from './in-process'

/**
 * What this suite needs of its stack: a process stack (tests/server, PostgreSQL and two BFFs on
 * Redis) or an in-process one (tests/inproc, PGlite and one BFF).
 */
export type SuiteStack = Pick<InProcessStack, 'bffUrl' | 'sms' | 'dc' | 'secrets' | 'stop'> & {
  bffs: { url: string }[]
}

/** The suite on the stack `start` makes (`setup` names it in the title). */
export function consultationsSuite(setup: string, start: () => Promise<SuiteStack>): void {
  describe(`messaging the village adviser (${setup})`, () => {
    let stack: SuiteStack
    let resident = ''
    let adviser = ''
    let consultation: Consultation
    const sockets: Opened[] = []
    const urls = () => stack.bffs.map((b) => b.url.replace(/\/$/, ''))
    const connect = async (url: string, token: string) => {
      const c = await device(url, token)
      sockets.push(c)
      return c
    }
    const history = async (token: string, query = 'afterSeq=0&limit=100') =>
      call<MessagePage>(stack.bffUrl, 'GET', `/api/v1/consultations/${consultation.id}/messages?${query}`, { token })

    beforeAll(async () => {
      stack = await start()
      const r = await residentWithConsultation(stack, '13966660001')
      resident = r.session.accessToken
      consultation = r.consultation
      adviser = (await signInBySms(stack.bffUrl, stack.sms, ADVISER_PHONE)).accessToken
    })
    afterAll(async () => {
      for (const s of sockets) s.ws.close()
      await stack?.stop()
    })

    it('a text reaches every device of both sides, acked only once stored, and the reply comes back', async () => {
      const [first, last] = [urls()[0], urls().at(-1) ?? urls()[0]]
      const phone = await connect(first, resident)
      const tablet = await connect(last, resident)
      const adviserPhone = await connect(last, adviser)
      sendText(phone, consultation.id, 'msg-0000001', '您好，我家承包地被邻居占了怎么办？')
      const ack = await phone.waitFor('message.ack', (d) => d.clientId === 'msg-0000001')
      // The ack carries the message as stored: the sending device gets it there, and only there.
      expect(ack).toMatchObject({
        consultationId: consultation.id,
        seq: 1,
        message: {
          seq: 1,
          clientId: 'msg-0000001',
          body: { kind: 'text', text: '您好，我家承包地被邻居占了怎么办？' },
        },
      })
      // Acked means stored: the history has it.
      expect((await history(resident)).body.items.map((m) => [m.seq, m.body])).toEqual([
        [1, { kind: 'text', text: '您好，我家承包地被邻居占了怎么办？' }],
      ])
      for (const c of [tablet, adviserPhone]) {
        expect(await c.waitFor('message.new', (d) => d.seq === 1)).toMatchObject({
          clientId: 'msg-0000001',
          sender: { role: 'resident' },
          body: { kind: 'text', text: '您好，我家承包地被邻居占了怎么办？' },
        })
      }
      sendText(adviserPhone, consultation.id, 'reply-000001', '请把承包合同拍照发给我，我帮您看看。')
      await adviserPhone.waitFor('message.ack', (d) => d.clientId === 'reply-000001')
      for (const c of [phone, tablet]) {
        expect(await c.waitFor('message.new', (d) => d.seq === 2)).toMatchObject({
          sender: { role: 'adviser', name: '马晓梅' },
          body: { kind: 'text', text: '请把承包合同拍照发给我，我帮您看看。' },
        })
      }
      // Delivered in order, so by the reply the sending phone would have had its own message again.
      const newOn = (c: typeof phone) => c.frames.filter((f) => f.event === 'message.new').map((f) => f.data.seq)
      expect(newOn(phone)).toEqual([2])
      expect(newOn(adviserPhone)).toEqual([1])
    })

    it('a resend of the same client id is the same message, never a second one, and reaches nobody again', async () => {
      const phone = await connect(urls()[0], resident)
      const tablet = await connect(urls()[0], resident)
      const adviserPhone = await connect(urls()[0], adviser)
      sendText(phone, consultation.id, 'msg-0000001', '您好，我家承包地被邻居占了怎么办？')
      expect(await phone.waitFor('message.ack', (d) => d.clientId === 'msg-0000001')).toMatchObject({ seq: 1 })
      expect((await history(resident)).body.items.map((m) => m.seq)).toEqual([1, 2])
      // A read mark goes to every device after anything the resend could have sent them.
      await call(stack.bffUrl, 'POST', `/api/v1/consultations/${consultation.id}/read`, {
        token: adviser,
        body: { seq: 2 },
      })
      for (const c of [tablet, adviserPhone]) {
        await c.waitFor('message.read', (d) => d.consultationId === consultation.id)
        expect(c.frames.filter((f) => f.event === 'message.new')).toEqual([])
      }
    })

    it('messages sent at once from both sides get one gapless sequence', async () => {
      const from = [await connect(urls()[0], resident), await connect(urls().at(-1) ?? urls()[0], adviser)]
      const ids = Array.from({ length: 30 }, (_, i) => `burst-${String(i).padStart(4, '0')}`)
      ids.forEach((id, i) => sendText(from[i % 2], consultation.id, id, `第${i + 1}条`))
      // Each send ends in an ack or a refusal; every one must be an ack.
      const ended = await Promise.all(
        ids.map((id, i) =>
          Promise.race([
            from[i % 2].waitFor('message.ack', (d) => d.clientId === id),
            from[i % 2].waitFor('message.failed', (d) => d.clientId === id),
          ]),
        ),
      )
      expect(ended.filter((e) => 'code' in e)).toEqual([])
      expect(ended.map((a) => a.seq as number).sort((a, b) => a - b)).toEqual(
        Array.from({ length: 30 }, (_, i) => i + 3),
      )
      const seqs = (await history(adviser)).body.items.map((m) => m.seq)
      expect(seqs).toEqual(Array.from({ length: 32 }, (_, i) => i + 1))
    })

    it('pages backwards, and after a reconnect gives everything after the last sequence held', async () => {
      const older = await history(resident, 'beforeSeq=33&limit=10')
      expect([older.body.items.map((m) => m.seq), older.body.hasMore]).toEqual([
        [23, 24, 25, 26, 27, 28, 29, 30, 31, 32],
        true,
      ])
      const first = await history(resident, 'beforeSeq=3&limit=10')
      expect([first.body.items.map((m) => m.seq), first.body.hasMore]).toEqual([[1, 2], false])
      const missed = await history(resident, 'afterSeq=30')
      expect(missed.body.items.map((m) => m.seq)).toEqual([31, 32])
    })

    it('a blank or over-long message is refused with its reason; nothing is stored and the socket stays open', async () => {
      const phone = await connect(urls()[0], resident)
      sendText(phone, consultation.id, 'blank-000001', '   ')
      const blank = await phone.waitFor('message.failed', (d) => d.clientId === 'blank-000001')
      expect([blank.code, said(blank), blank.retry]).toEqual(['VALIDATION_FAILED', '不能发送空白消息', false])
      sendText(phone, consultation.id, 'long-0000001', '长'.repeat(2001))
      expect(said(await phone.waitFor('message.failed', (d) => d.clientId === 'long-0000001'))).toBe(
        '一条消息不能超过2000个字',
      )
      phone.emit('ping', { t: 7 })
      expect(await phone.next('pong')).toEqual({ t: 7 })
      expect((await history(resident)).body.items).toHaveLength(32)
    })

    it('reading tells the other side, and the lists show unread counts', async () => {
      const phone = await connect(urls()[0], resident)
      const readTo = (seq: number) =>
        call<Consultation>(stack.bffUrl, 'POST', `/api/v1/consultations/${consultation.id}/read`, {
          token: adviser,
          body: { seq },
        })
      await readTo(32)
      // Two more from the resident are new to the adviser.
      // One after the other, as the phone's outbox sends: frames sent back to back on one socket are
      // handled concurrently by the gateway and may be stored in either order.
      sendText(phone, consultation.id, 'more-0000001', '合同在我老伴那里')
      await phone.waitFor('message.ack', (d) => d.clientId === 'more-0000001')
      sendText(phone, consultation.id, 'more-0000002', '明天拍给您')
      await phone.waitFor('message.ack', (d) => d.clientId === 'more-0000002')
      const before = (await call<ConsultationList>(stack.bffUrl, 'GET', '/api/v1/consultations', { token: adviser }))
        .body
      expect(before.items.find((c) => c.id === consultation.id)).toMatchObject({
        unread: 2,
        lastSeq: 34,
        lastMessage: { kind: 'text', text: '明天拍给您' },
      })
      const read = await readTo(34)
      expect(read.body).toMatchObject({ readSeq: 34, unread: 0 })
      expect(await phone.waitFor('message.read', (d) => d.side === 'adviser' && d.seq === 34)).toEqual({
        consultationId: consultation.id,
        side: 'adviser',
        seq: 34,
      })
      // A read mark never moves back.
      expect((await readTo(10)).body.readSeq).toBe(34)
      const mine = (await call<ConsultationList>(stack.bffUrl, 'GET', '/api/v1/consultations', { token: resident }))
        .body
      expect(mine.items.map((c) => [c.id, c.peerReadSeq, c.adviser.name, c.backup?.name])).toEqual([
        [consultation.id, 34, '马晓梅', '李建国'],
      ])
    })

    it('only the resident and their village’s adviser (and the backup while covering) see or write to it', async () => {
      const other = (await residentWithConsultation(stack, '13966660002')).session.accessToken
      const otherAdviser = (await signInBySms(stack.bffUrl, stack.sms, '13800000003')).accessToken
      const backup = (await signInBySms(stack.bffUrl, stack.sms, BACKUP_PHONE)).accessToken
      const staff = (await signInBySms(stack.bffUrl, stack.sms, '13700000001')).accessToken
      const status = async (token?: string) =>
        (await call(stack.bffUrl, 'GET', `/api/v1/consultations/${consultation.id}/messages`, { token })).status
      expect({
        anonymous: await status(),
        resident: await status(resident),
        otherResident: await status(other),
        adviser: await status(adviser),
        backup: await status(backup),
        otherAdviser: await status(otherAdviser),
        staff: await status(staff),
      }).toEqual({
        anonymous: 401,
        resident: 200,
        otherResident: 404,
        adviser: 200,
        backup: 404,
        otherAdviser: 404,
        staff: 404,
      })
      const listed = async (token: string) =>
        (await call<ConsultationList>(stack.bffUrl, 'GET', '/api/v1/consultations', { token })).body.items.some(
          (c) => c.id === consultation.id,
        )
      expect({
        backup: await listed(backup),
        otherAdviser: await listed(otherAdviser),
        staff: await listed(staff),
      }).toEqual({
        backup: false,
        otherAdviser: false,
        staff: false,
      })
      // The adviser goes on leave: the backup covers (sees and answers) meanwhile.
      const leave = async (until: string | null) =>
        (await call(stack.bffUrl, 'PUT', '/api/v1/consultations/away', { token: adviser, body: { until } })).status
      expect(await leave(new Date(Date.now() + 3 * 24 * 3600_000).toISOString())).toBe(200)
      expect([await status(backup), await listed(backup)]).toEqual([200, true])
      expect(await leave(null)).toBe(200)
      // A frame naming someone else's conversation is refused and stores nothing.
      const intruder = await connect(urls()[0], other)
      sendText(intruder, consultation.id, 'intrude-0001', '我想看看别人的咨询')
      const refused = await intruder.waitFor('message.failed', (d) => d.clientId === 'intrude-0001')
      expect(refused).toMatchObject({ code: 'NOT_FOUND', retry: false })
      // Told as a notice, read in the person's language (the same words as a missing conversation anywhere).
      expect(said(refused as { message: string; notice?: { key: string } })).toBe('找不到该会话')
      expect((await history(resident)).body.items).toHaveLength(34)
      expect((await call(stack.bffUrl, 'POST', '/api/v1/consultations', { token: staff })).status).toBe(403)
    })
  })
}
