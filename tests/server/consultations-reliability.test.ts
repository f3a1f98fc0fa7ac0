import { createServer } from 'node:net'
import type { MessagePage } from '@pocket/contract'
import { call, signInBySms } from '../support/api'
import { ADVISER_PHONE, device, residentWithConsultation, sendText } from '../support/consult'
import { requiredInCi } from '../support/env'
import { startStack, type Stack } from '../support/stack'
import type { Opened } from '../support/ws-client'

const redisUrl = requiredInCi('TEST_REDIS_URL', process.env.TEST_REDIS_URL)
const databaseUrl = requiredInCi('TEST_DATABASE_URL', process.env.TEST_DATABASE_URL)
const describeWithBoth = redisUrl && databaseUrl ? describe : describe.skip

/** A port free now, so a restarted data center comes back where the BFFs look for it. */
function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number }
      s.close(() => resolve(port))
    })
  })
}

/** Sends a text and answers how that send ended: its ack or its refusal (not an earlier one's). */
function send(c: Opened, consultationId: string, clientId: string) {
  const since = c.frames.length
  sendText(c, consultationId, clientId, `第${clientId}条`)
  return Promise.race([
    c.waitFor('message.ack', (d) => d.clientId === clientId, since).then((d) => ({ acked: true as const, ...d })),
    c.waitFor('message.failed', (d) => d.clientId === clientId, since).then((d) => ({ acked: false as const, ...d })),
  ])
}

describeWithBoth('messages survive a killed BFF and a restarted data center (PostgreSQL, two BFFs over Redis)', () => {
  let stack: Stack
  let resident = ''
  let consultationId = ''
  const texts = async () =>
    (
      await call<MessagePage>(
        // The second instance: the first is killed on purpose below.
        stack.bffs[1].url,
        'GET',
        `/api/v1/consultations/${consultationId}/messages?afterSeq=0&limit=100`,
        {
          token: resident,
        },
      )
    ).body.items.map((m) => [m.seq, m.clientId])

  beforeAll(async () => {
    stack = await startStack({
      backend: 'postgres',
      instances: 2,
      redisUrl,
      extraDcEnv: { DC_PORT: String(await freePort()) },
    })
    const r = await residentWithConsultation(stack, '13988880001')
    resident = r.session.accessToken
    consultationId = r.consultation.id
  })
  afterAll(() => stack?.stop())

  it('while the data center is down a send fails clearly and may be retried; the retry is stored once', async () => {
    const phone = await device(stack.bffs[0].url, resident)
    await stack.dc.stop()
    expect(await send(phone, consultationId, 'dc-down-0001')).toMatchObject({
      acked: false,
      code: 'UPSTREAM_UNAVAILABLE',
      retry: true,
    })
    await stack.restartDatacenter()
    expect(await send(phone, consultationId, 'dc-down-0001')).toMatchObject({ acked: true, seq: 1 })
    expect(await send(phone, consultationId, 'dc-down-0001')).toMatchObject({ acked: true, seq: 1 })
    expect(await texts()).toEqual([[1, 'dc-down-0001']])
    phone.ws.close()
  })

  it('a BFF killed mid-send loses nothing and doubles nothing: the device resends on the other instance', async () => {
    const adviser = (await signInBySms(stack.bffs[1].url, stack.sms, ADVISER_PHONE)).accessToken
    const adviserPhone = await device(stack.bffs[1].url, adviser)
    const doomed = await device(stack.bffs[0].url, resident)
    const ids = Array.from({ length: 20 }, (_, i) => `killed-${String(i).padStart(4, '0')}`)
    for (const id of ids) sendText(doomed, consultationId, id, `第${id}条`)
    stack.bffs[0].child.kill('SIGKILL')
    await doomed.closed
    // Acks may have been lost with the instance: the device resends everything it wrote, in order,
    // on the other instance. What was stored already answers with its first sequence.
    const ackedBefore = doomed.frames.filter((f) => f.event === 'message.ack').length
    const survivor = await device(stack.bffs[1].url, resident)
    for (const id of ids) expect(await send(survivor, consultationId, id)).toMatchObject({ acked: true })
    expect(ackedBefore).toBeLessThan(ids.length)
    const stored = await texts()
    expect(stored.map(([, clientId]) => clientId)).toEqual(['dc-down-0001', ...ids])
    expect(stored.map(([seq]) => seq)).toEqual(Array.from({ length: 21 }, (_, i) => i + 1))
    // The adviser, on the surviving instance, saw no message twice; what was stored before the crash
    // (and so not sent live) it fetches by sequence when a later message shows the hole.
    expect(await send(survivor, consultationId, 'after-crash-01')).toMatchObject({ acked: true })
    await adviserPhone.waitFor('message.new', (d) => d.clientId === 'after-crash-01')
    const seen = adviserPhone.frames.filter((f) => f.event === 'message.new').map((f) => f.data.seq as number)
    expect(new Set(seen).size).toBe(seen.length)
    expect(seen).toContain(22)
    survivor.ws.close()
    adviserPhone.ws.close()
  })
})
