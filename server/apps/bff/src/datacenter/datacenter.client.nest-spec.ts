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

  it('passes a refusal through with its code and message, without retrying it', async () => {
    answers.push(json(404, { code: 'NOT_FOUND', message: '找不到该人员' }))
    await assert.rejects(
      dc.call(dcRoutes.person, { actor: systemActor(), params: { id: 'nobody' } }),
      (err: AppError) => {
        assert.deepEqual([err.code, err.message, err.status], ['NOT_FOUND', '找不到该人员', 404])
        return true
      },
    )
    assert.deepEqual(seen, [{ method: 'GET', url: '/dc/v1/people/nobody' }])
  })

  it('says in Chinese that the data center timed out, after one retry', async () => {
    const hang: Answer = () => undefined
    answers.push(hang, hang)
    await assert.rejects(dc.call(dcRoutes.catalogItems, { actor: systemActor() }), (err: AppError) => {
      assert.equal(err.code, 'UPSTREAM_UNAVAILABLE')
      assert.equal(err.message, '数据中心响应超时，请稍后再试')
      return true
    })
    assert.equal(seen.length, 2)
  })

  it('refuses an answer that breaks the contract instead of passing it on', async () => {
    answers.push(json(200, { items: [{ code: 'x' }] }))
    await assert.rejects(dc.call(dcRoutes.catalogItems, { actor: systemActor() }), (err: AppError) => {
      assert.deepEqual([err.code, err.message], ['INTERNAL', '数据中心返回的数据格式不正确'])
      return true
    })
  })
})
