import { afterAll, beforeAll, describe, expect, it } from './node-test'
import type { AuthSession, Consultation, DcSendResults, MessagePage } from '@pocket/contract'
import { call, signInBySms } from './api'
import { ADVISER_PHONE, device, residentWithConsultation, sendText } from './consult'
import { signedCall } from './signed'
import type { Opened } from './ws-client'
import type { InProcessStack } from './in-process'

/**
 * What this suite needs of its stack: a process stack (tests/server, PostgreSQL and two BFFs on
 * Redis) or an in-process one (tests/inproc, PGlite and one BFF).
 */
export type SuiteStack = Pick<InProcessStack, 'bffUrl' | 'sms' | 'dc' | 'secrets' | 'stop'> & {
  bffs: { url: string }[]
}

const text = (t: string) => ({ kind: 'text', text: t })

/** How each send of a burst ended: its ack's sequence, or its refusal's code. */
function outcomes(c: Opened, clientIds: string[]) {
  return Promise.all(
    clientIds.map((clientId) =>
      Promise.race([
        c.waitFor('message.ack', (d) => d.clientId === clientId).then((d) => d.seq as number),
        c.waitFor('message.failed', (d) => d.clientId === clientId).then((d) => d.code as string),
      ]),
    ),
  )
}

/** The suite on the stack `start` makes (`setup` names it in the title). */
export function messageBatchesSuite(setup: string, start: () => Promise<SuiteStack>): void {
  describe(`messages stored in batches under load (${setup})`, () => {
    let stack: SuiteStack
    let resident: { session: AuthSession; consultation: Consultation }
    let neighbour: { session: AuthSession; consultation: Consultation }
    const sockets: Opened[] = []
    const urls = () => stack.bffs.map((b) => b.url.replace(/\/$/, ''))
    const history = async (who: { session: AuthSession; consultation: Consultation }) =>
      (
        await call<MessagePage>(
          stack.bffUrl,
          'GET',
          `/api/v1/consultations/${who.consultation.id}/messages?afterSeq=0&limit=100`,
          { token: who.session.accessToken },
        )
      ).body.items

    beforeAll(async () => {
      stack = await start()
      resident = await residentWithConsultation(stack, '13966661001')
      neighbour = await residentWithConsultation(stack, '13966661002')
    })
    afterAll(async () => {
      for (const s of sockets) s.ws.close()
      await stack?.stop()
    })

    it('a burst from several devices at once is stored once each, numbered without gaps; a bad frame in it fails alone', async () => {
      const [first, last] = [urls()[0], urls().at(-1) ?? urls()[0]]
      const phone = await device(first, resident.session.accessToken)
      const tablet = await device(last, resident.session.accessToken)
      const other = await device(first, neighbour.session.accessToken)
      const adviser = await device(last, (await signInBySms(stack.bffUrl, stack.sms, ADVISER_PHONE)).accessToken)
      sockets.push(phone, tablet, other, adviser)

      const phoneIds = Array.from({ length: 12 }, (_, i) => `burst-p-${String(i).padStart(3, '0')}`)
      const tabletIds = Array.from({ length: 12 }, (_, i) => `burst-t-${String(i).padStart(3, '0')}`)
      const otherIds = Array.from({ length: 6 }, (_, i) => `burst-o-${String(i).padStart(3, '0')}`)
      // Everything goes out before any answer comes back, so the BFFs batch it.
      phoneIds.forEach((id, i) => {
        sendText(phone, resident.consultation.id, id, `手机第${i}条`)
        if (i === 4) sendText(phone, neighbour.consultation.id, 'burst-foreign', '发到别人的会话')
        if (i === 6) sendText(phone, resident.consultation.id, phoneIds[2], '手机第2条')
      })
      tabletIds.forEach((id, i) => sendText(tablet, resident.consultation.id, id, `平板第${i}条`))
      otherIds.forEach((id, i) => sendText(other, neighbour.consultation.id, id, `邻居第${i}条`))

      const [phoneSeqs, tabletSeqs, otherSeqs, [foreign]] = await Promise.all([
        outcomes(phone, phoneIds),
        outcomes(tablet, tabletIds),
        outcomes(other, otherIds),
        outcomes(phone, ['burst-foreign']),
      ])
      // Someone else's conversation is refused, as if it did not exist; nothing else is.
      expect(foreign).toBe('NOT_FOUND')
      const seqs = [...phoneSeqs, ...tabletSeqs]
      expect(seqs.every((s) => typeof s === 'number')).toBe(true)
      expect([...seqs].sort((a, b) => Number(a) - Number(b))).toEqual(Array.from({ length: 24 }, (_, i) => i + 1))
      expect([...otherSeqs].sort((a, b) => Number(a) - Number(b))).toEqual([1, 2, 3, 4, 5, 6])

      // The resend inside the burst is the same message: acked with the first one's sequence, stored once.
      const acksOfResent = phone.frames.filter((f) => f.event === 'message.ack' && f.data.clientId === phoneIds[2])
      expect(acksOfResent.map((f) => f.data.seq)).toEqual([phoneSeqs[2], phoneSeqs[2]])
      const stored = await history(resident)
      expect(stored.map((m) => m.seq)).toEqual(Array.from({ length: 24 }, (_, i) => i + 1))
      expect(new Set(stored.map((m) => m.clientId))).toEqual(new Set([...phoneIds, ...tabletIds]))
      expect((await history(neighbour)).map((m) => m.body)).toEqual(
        expect.arrayContaining(otherIds.map((_, i) => text(`邻居第${i}条`))),
      )
      expect((await history(neighbour)).some((m) => m.clientId === 'burst-foreign')).toBe(false)

      // The adviser's device, on the other instance, gets every one of the resident's 24.
      for (let seq = 1; seq <= 24; seq++)
        await adviser.waitFor('message.new', (d) => d.consultationId === resident.consultation.id && d.seq === seq)
    })

    it('the data center decides each item of one batch on its own, in the order given', async () => {
      const actor = (s: AuthSession) => ({ id: `account:${s.me.id}`, role: 'resident' })
      const item = (who: typeof resident, by: AuthSession, clientId: string) => ({
        actor: actor(by),
        consultationId: who.consultation.id,
        clientId,
        message: text(clientId),
      })
      const outcomes = (res: { body: DcSendResults }) =>
        res.body.items.map((o) => (o.ok ? [o.sent.message.seq, o.sent.created] : o.code))
      const before = (await history(resident)).length
      const res = await signedCall<DcSendResults>(stack, 'POST', '/messages', {
        body: {
          items: [
            item(resident, resident.session, 'batch-a-001'),
            item(neighbour, resident.session, 'batch-foreign'),
            item(resident, resident.session, 'batch-a-001'),
            item(resident, resident.session, 'batch-a-002'),
          ],
        },
      })
      expect(res.status).toBe(200)
      expect(outcomes(res)).toEqual([[before + 1, true], 'NOT_FOUND', [before + 1, false], [before + 2, true]])
      expect((await history(resident)).map((m) => m.seq).slice(-2)).toEqual([before + 1, before + 2])

      // Acks lost: a later batch resends both beside a new one. The stored ones come back as they
      // were (found by sender and client id in the database, not in the batch), the new one is next.
      const again = await signedCall<DcSendResults>(stack, 'POST', '/messages', {
        body: {
          items: [
            item(resident, resident.session, 'batch-a-002'),
            item(resident, resident.session, 'batch-a-003'),
            item(resident, resident.session, 'batch-a-001'),
          ],
        },
      })
      expect(outcomes(again)).toEqual([
        [before + 2, false],
        [before + 3, true],
        [before + 1, false],
      ])
      expect((await history(resident)).length).toBe(before + 3)
    })

    it('only the BFF itself may name the senders of a batch', async () => {
      const res = await signedCall(stack, 'POST', '/messages', {
        actor: `account:${resident.session.me.id}`,
        role: 'resident',
        body: {
          items: [
            {
              actor: { id: `account:${neighbour.session.me.id}`, role: 'resident' },
              consultationId: neighbour.consultation.id,
              clientId: 'batch-impostor',
              message: text('冒充邻居'),
            },
          ],
        },
      })
      expect(res.status).toBe(403)
      expect((await history(neighbour)).some((m) => m.clientId === 'batch-impostor')).toBe(false)
    })
  })
}
