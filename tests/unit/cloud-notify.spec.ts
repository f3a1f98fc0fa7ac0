import { createHmac } from 'node:crypto'
import { cloudSubscribeSent, refuseCloudSubscription } from '../support/fake-wx-server-sdk'
import { main, type HttpEvent } from '../../cloud/functions/notify/index'

const SECRET = 'n'.repeat(40)

const message = {
  touser: 'o-villager-1',
  templateId: 'tmpl-consult',
  page: 'packages/consult/chat/index?id=c_1',
  data: { thing1: { value: '马晓梅老师回复了您' }, time2: { value: '2026-12-01 10:00' } },
}

/** A POST as the HTTP access service hands it over, signed as the BFF signs it (or not quite). */
function event(body: unknown, o: { secret?: string; at?: number; base64?: boolean; method?: string } = {}): HttpEvent {
  const text = typeof body === 'string' ? body : JSON.stringify(body)
  const timestamp = String(o.at ?? Math.floor(Date.now() / 1000))
  const signature = createHmac('sha256', o.secret ?? SECRET)
    .update(`${timestamp}.${text}`)
    .digest('base64url')
  return {
    path: '/notify',
    httpMethod: o.method ?? 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Pocket-Timestamp': timestamp, 'X-Pocket-Signature': signature },
    body: o.base64 ? Buffer.from(text).toString('base64') : text,
    isBase64Encoded: !!o.base64,
  }
}

const answer = async (e: HttpEvent) => {
  const r = await main(e)
  return { status: r.statusCode, body: JSON.parse(r.body) as Record<string, unknown> }
}

describe('cloud function notify (against a fake of wx-server-sdk)', () => {
  beforeEach(() => {
    process.env.NOTIFY_SECRET = SECRET
    cloudSubscribeSent.length = 0
  })

  it('sends a signed request as a subscribe message by cloud call', async () => {
    expect(await answer(event(message))).toEqual({ status: 200, body: { sent: true } })
    expect(cloudSubscribeSent).toEqual([message])
  })

  it('reads a base64 body, as the HTTP access service may pass it', async () => {
    expect(await answer(event(message, { base64: true }))).toEqual({ status: 200, body: { sent: true } })
    expect(cloudSubscribeSent).toHaveLength(1)
  })

  it('answers sent: false when WeChat refuses this person, so the BFF sends an SMS', async () => {
    refuseCloudSubscription('o-declined')
    expect(await answer(event({ ...message, touser: 'o-declined' }))).toEqual({
      status: 200,
      body: { sent: false, errCode: 43101 },
    })
    expect(cloudSubscribeSent).toHaveLength(0)
  })

  it('sends nothing for a request signed with another secret, stale, altered or unsigned', async () => {
    expect((await answer(event(message, { secret: 'x'.repeat(40) }))).status).toBe(401)
    expect((await answer(event(message, { at: Math.floor(Date.now() / 1000) - 600 }))).status).toBe(401)
    const altered = event(message)
    altered.body = JSON.stringify({ ...message, touser: 'o-someone-else' })
    expect((await answer(altered)).status).toBe(401)
    expect((await answer({ ...event(message), headers: {} })).status).toBe(401)
    expect(cloudSubscribeSent).toHaveLength(0)
  })

  it('refuses what is not a subscribe message, and anything but POST', async () => {
    for (const bad of ['not json', { ...message, touser: '' }, { ...message, data: { thing1: 'bare' } }, null])
      expect((await answer(event(bad))).body).toEqual({ error: 'BAD_REQUEST' })
    expect((await answer(event(message, { method: 'GET' }))).status).toBe(405)
    expect(cloudSubscribeSent).toHaveLength(0)
  })

  it('serves nobody until its secret is configured', async () => {
    delete process.env.NOTIFY_SECRET
    expect(await answer(event(message))).toEqual({ status: 500, body: { error: 'NOTIFY_SECRET_NOT_CONFIGURED' } })
  })
})
