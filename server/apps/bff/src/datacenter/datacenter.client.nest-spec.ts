// DataCenterClient against an HTTP server in this process: what is retried, what is not, and what
// the person is told. No data center, no Nest application.
import assert from 'node:assert/strict'
import { once } from 'node:events'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, beforeEach, describe, it } from 'node:test'
import { dcRoutes } from '@pocket/contract'
import type { AppError } from '#common'
import { loadBffConfig } from '../config.js'
import { DataCenterClient, systemActor } from './datacenter.client.js'

type Answer = (req: IncomingMessage, res: ServerResponse) => void
const json =
  (status: number, body: unknown): Answer =>
  (_, res) => {
    res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body))
  }
const catalog = { items: [{ code: 'legal-aid', category: 'legal_aid', name: '法律援助', summary: '…' }] }

describe('DataCenterClient', () => {
  let server: Server
  let answers: Answer[]
  let seen: { method: string; url: string }[]
  let dc: DataCenterClient

  beforeEach(async () => {
    answers = []
    seen = []
    server = createServer((req, res) => {
      seen.push({ method: req.method ?? '', url: req.url ?? '' })
      const answer = answers.shift()
      if (answer) answer(req, res)
      else res.destroy()
    })
    server.listen(0, '127.0.0.1')
    await once(server, 'listening')
    const { port } = server.address() as AddressInfo
    dc = new DataCenterClient(
      loadBffConfig({
        DATACENTER_URL: `http://127.0.0.1:${port}`,
        DC_HMAC_SECRET: 'd'.repeat(40),
        JWT_SECRET: 'j'.repeat(40),
        DC_TIMEOUT_MS: '300',
      }),
    )
  })
  afterEach(async () => {
    await dc.onApplicationShutdown()
    server.close()
  })

  it('retries a read once when the data center fails, and answers with the second try', async () => {
    answers.push(json(503, { code: 'INTERNAL', message: 'x' }), json(200, catalog))
    const res = await dc.call(dcRoutes.catalogItems, { actor: systemActor() })
    assert.equal(res.items[0].name, '法律援助')
    assert.equal(seen.length, 2)
  })

  it('never retries a write: an SMS challenge is not registered twice', async () => {
    answers.push(json(503, {}), json(201, { expiresIn: 300, resendAfter: 60 }))
    const body = { phone: '13900000001', codeHash: 'a'.repeat(64), ttlSeconds: 300 }
    await assert.rejects(dc.call(dcRoutes.smsChallenge, { actor: systemActor(), body }), (err: AppError) => {
      assert.equal(err.code, 'UPSTREAM_UNAVAILABLE')
      return true
    })
    assert.equal(seen.length, 1)
  })

  it('passes a refusal through with its code, notice and message, without retrying it', async () => {
    const notice = { key: 'notFound.person' }
    answers.push(json(404, { code: 'NOT_FOUND', message: 'notFound.person', notice }))
    answers.push(json(409, { code: 'CONFLICT', message: '尚未改为提示键的说明' }))
    await assert.rejects(
      dc.call(dcRoutes.person, { actor: systemActor(), params: { id: 'nobody' } }),
      (err: AppError) => {
        assert.deepEqual([err.code, err.notice, err.status], ['NOT_FOUND', notice, 404])
        return true
      },
    )
    await assert.rejects(
      dc.call(dcRoutes.person, { actor: systemActor(), params: { id: 'nobody' } }),
      (err: AppError) => {
        assert.deepEqual([err.code, err.notice, err.message], ['CONFLICT', undefined, '尚未改为提示键的说明'])
        return true
      },
    )
    assert.deepEqual(seen, [
      { method: 'GET', url: '/dc/v1/people/nobody' },
      { method: 'GET', url: '/dc/v1/people/nobody' },
    ])
  })

  it('says that the data center timed out (a notice the client reads in its language), after one retry', async () => {
    const hang: Answer = () => undefined
    answers.push(hang, hang)
    await assert.rejects(dc.call(dcRoutes.catalogItems, { actor: systemActor() }), (err: AppError) => {
      assert.equal(err.code, 'UPSTREAM_UNAVAILABLE')
      assert.deepEqual(err.notice, { key: 'upstream.timeout' })
      return true
    })
    assert.equal(seen.length, 2)
  })

  it('refuses an answer that breaks the contract instead of passing it on', async () => {
    answers.push(json(200, { items: [{ code: 'x' }] }))
    await assert.rejects(dc.call(dcRoutes.catalogItems, { actor: systemActor() }), (err: AppError) => {
      assert.deepEqual([err.code, err.notice], ['INTERNAL', { key: 'server.error' }])
      return true
    })
  })
})
