import { afterAll, beforeAll, describe, expect, it } from '../support/node-test'
import type { Consultation, LegalAidApplication, Me, Message, MessagePage } from '@pocket/contract'
import { call, signInBySms } from '../support/api'
import { ADVISER_PHONE, device, residentWithConsultation } from '../support/consult'
import { applicationBody, apply, JPEG, upload } from '../support/legal-aid'
import { signedCall } from '../support/signed'
import { startInProcess, type InProcessStack } from '../support/in-process'
import type { Opened } from '../support/ws-client'
import { refusal } from '../support/said'

/** An MP3 as the mini-program's recorder and the H5 encoder write it: an ID3 tag, then frames. */
const MP3 = Buffer.concat([Buffer.from('ID3\x04\x00\x00\x00\x00\x00\x00', 'latin1'), Buffer.alloc(64, 0xff)])
/** What a browser's MediaRecorder writes by default: WebM, which WeChat's player cannot play. */
const WEBM = Buffer.concat([Buffer.from([0x1a, 0x45, 0xdf, 0xa3]), Buffer.alloc(64, 1)])

describe('photos, voice notes and cards in the chat (in process)', () => {
  let stack: InProcessStack
  let resident = ''
  let adviser = ''
  let other = ''
  let consultation: Consultation
  let theirs: Consultation
  let phone: Opened
  let adviserPhone: Opened
  let sent = 0

  /** Sends one message from the resident's phone; answers the ack or the refusal. */
  const send = async (c: Opened, consultationId: string, message: Record<string, unknown>) => {
    const clientId = `media-${String(++sent).padStart(4, '0')}`
    c.emit('message.send', { consultationId, clientId, message })
    return Promise.race([
      c.waitFor('message.ack', (d) => d.clientId === clientId),
      c.waitFor('message.failed', (d) => d.clientId === clientId),
    ])
  }
  const history = async (token: string) =>
    (
      await call<MessagePage>(stack.bffUrl, 'GET', `/api/v1/consultations/${consultation.id}/messages?afterSeq=0`, {
        token,
      })
    ).body.items

  beforeAll(async () => {
    stack = await startInProcess()
    const r = await residentWithConsultation(stack, '13966660101')
    resident = r.session.accessToken
    consultation = r.consultation
    const o = await residentWithConsultation(stack, '13966660102')
    other = o.session.accessToken
    theirs = o.consultation
    adviser = (await signInBySms(stack.bffUrl, stack.sms, ADVISER_PHONE)).accessToken
    phone = await device(stack.bffUrl, resident)
    adviserPhone = await device(stack.bffUrl, adviser)
  })
  afterAll(async () => {
    phone?.ws.close()
    adviserPhone?.ws.close()
    await stack?.stop()
  })

  it('a photo reaches the adviser with a link that fetches exactly the uploaded bytes', async () => {
    const file = (await upload(stack.bffUrl, resident, JPEG)).body
    const ack = await send(phone, consultation.id, { kind: 'image', fileId: file.id, width: 1200, height: 1600 })
    expect(ack).toMatchObject({ seq: expect.any(Number) })
    const got = (await adviserPhone.waitFor('message.new', (d) => d.seq === ack.seq)) as Message
    expect(got.body).toMatchObject({ kind: 'image', fileId: file.id, width: 1200, height: 1600 })
    if (got.body.kind !== 'image') throw new Error('not an image')
    const res = await fetch(`${stack.bffUrl}${got.body.url}`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('image/jpeg')
    expect(Buffer.from(await res.arrayBuffer()).equals(JPEG)).toBe(true)
    // The inbox shows a photo as a photo, not as blank text.
    const list = await call<{ items: Consultation[] }>(stack.bffUrl, 'GET', '/api/v1/consultations', { token: adviser })
    expect(list.body.items.find((c) => c.id === consultation.id)?.lastMessage).toMatchObject({
      kind: 'image',
      text: '',
    })
  })

  it('a voice note in MP3 is kept with its duration; WebM, which WeChat cannot play, is refused', async () => {
    const mp3 = (await upload(stack.bffUrl, resident, MP3, 'voice.mp3', 'audio/mpeg')).body
    const ack = await send(phone, consultation.id, { kind: 'voice', fileId: mp3.id, durationMs: 7300 })
    const got = (await adviserPhone.waitFor('message.new', (d) => d.seq === ack.seq)) as Message
    expect(got.body).toMatchObject({ kind: 'voice', durationMs: 7300 })

    const webm = (await upload(stack.bffUrl, resident, WEBM, 'voice.webm', 'audio/webm')).body
    const before = (await history(resident)).length
    const webmRefused = await send(phone, consultation.id, { kind: 'voice', fileId: webm.id, durationMs: 3000 })
    expect([webmRefused.retry, refusal(webmRefused)]).toEqual([
      false,
      { code: 'FILE_TYPE_UNSUPPORTED', said: expect.stringContaining('微信') },
    ])
    expect(refusal(await send(phone, consultation.id, { kind: 'voice', fileId: mp3.id, durationMs: 61_500 }))).toEqual({
      code: 'VALIDATION_FAILED',
      said: '语音不能超过60秒',
    })
    expect(await send(phone, consultation.id, { kind: 'image', fileId: mp3.id, width: 10, height: 10 })).toMatchObject({
      code: 'FILE_TYPE_UNSUPPORTED',
    })
    expect((await history(resident)).length).toBe(before)
  })

  it("nobody sends another person's file, and a file sent in one conversation stays there", async () => {
    const mine = (await upload(stack.bffUrl, resident, JPEG)).body
    expect(
      await send(adviserPhone, consultation.id, { kind: 'image', fileId: mine.id, width: 5, height: 5 }),
    ).toMatchObject({ code: 'NOT_FOUND' })
    const otherPhone = await device(stack.bffUrl, other)
    try {
      expect(await send(otherPhone, theirs.id, { kind: 'image', fileId: mine.id, width: 5, height: 5 })).toMatchObject({
        code: 'NOT_FOUND',
      })
    } finally {
      otherPhone.ws.close()
    }
    await send(phone, consultation.id, { kind: 'image', fileId: mine.id, width: 5, height: 5 })
    // Sent in the chat, it cannot also become an application's attachment.
    const applied = await apply(stack.bffUrl, resident, applicationBody({ attachments: [mine.id] }))
    expect(applied.status).toBe(400)
  })

  it("the data center lets the conversation's parties read its files, and nobody else", async () => {
    const file = (await upload(stack.bffUrl, resident, JPEG)).body
    await send(phone, consultation.id, { kind: 'image', fileId: file.id, width: 5, height: 5 })
    const idOf = async (token: string) => (await call<Me>(stack.bffUrl, 'GET', '/api/v1/me', { token })).body.id
    const asAccount = async (token: string, role: string) =>
      (await signedCall(stack, 'GET', `/files/${file.id}`, { actor: `account:${await idOf(token)}`, role })).status
    expect(await asAccount(adviser, 'adviser')).toBe(200)
    expect(await asAccount(other, 'resident')).toBe(404)
  })

  it("a card shows the resident's own application, and not anyone else's", async () => {
    const mine = (await apply(stack.bffUrl, resident, applicationBody())).body as LegalAidApplication
    const ack = await send(phone, consultation.id, { kind: 'card', requestNumber: mine.number })
    const got = (await adviserPhone.waitFor('message.new', (d) => d.seq === ack.seq)) as Message
    expect(got.body).toEqual({
      kind: 'card',
      card: { number: mine.number, kind: 'legal_aid', title: expect.any(String) },
    })
    const list = await call<{ items: Consultation[] }>(stack.bffUrl, 'GET', '/api/v1/consultations', { token: adviser })
    expect(list.body.items.find((c) => c.id === consultation.id)?.lastMessage?.kind).toBe('card')

    const theirApplication = (await apply(stack.bffUrl, other, applicationBody())).body as LegalAidApplication
    expect(await send(phone, consultation.id, { kind: 'card', requestNumber: theirApplication.number })).toMatchObject({
      code: 'NOT_FOUND',
    })
  })

  it('转办: the adviser suggests a booking of a service or a legal aid application; a resident cannot', async () => {
    const ack = await send(adviserPhone, consultation.id, {
      kind: 'handover',
      target: 'booking',
      itemCode: 'legal-consult',
      note: '建议到县中心当面咨询',
    })
    const got = (await phone.waitFor('message.new', (d) => d.seq === ack.seq)) as Message
    expect(got.body).toEqual({
      kind: 'handover',
      target: 'booking',
      item: { code: 'legal-consult', name: expect.any(String) },
      note: '建议到县中心当面咨询',
    })
    const aid = await send(adviserPhone, consultation.id, {
      kind: 'handover',
      target: 'legal_aid',
      note: '工资被拖欠八个月',
    })
    expect(((await phone.waitFor('message.new', (d) => d.seq === aid.seq)) as Message).body).toEqual({
      kind: 'handover',
      target: 'legal_aid',
      item: null,
      note: '工资被拖欠八个月',
    })
    expect(
      refusal(await send(adviserPhone, consultation.id, { kind: 'handover', target: 'booking', note: '' })),
    ).toEqual({
      code: 'VALIDATION_FAILED',
      said: '请选择要预约的服务事项',
    })
    expect(await send(phone, consultation.id, { kind: 'handover', target: 'legal_aid', note: '' })).toMatchObject({
      code: 'FORBIDDEN',
    })
  })
})
