import { randomUUID } from 'node:crypto'
import { signInBySms } from '../support/api'
import { requiredInCi } from '../support/env'
import { signedCall } from '../support/signed'
import { startStack, type Stack } from '../support/stack'

describe('data center refuses requests the BFF did not sign (PGlite)', () => {
  let stack: Stack
  beforeAll(async () => {
    stack = await startStack({ backend: 'pglite' })
  })
  afterAll(() => stack?.stop())

  it('answers a correctly signed request', async () => {
    const res = await signedCall(stack, 'GET', '/catalog/items')
    expect(res.status).toBe(200)
  })

  it('refuses an unsigned request', async () => {
    const res = await fetch(`${stack.dc.url}/dc/v1/catalog/items`)
    expect(res.status).toBe(401)
    expect(await res.json()).toMatchObject({ code: 'SIGNATURE_INVALID' })
  })

  it('refuses a request signed with another secret', async () => {
    const res = await signedCall(stack, 'GET', '/catalog/items', { secret: 'x'.repeat(64) })
    expect(res.status).toBe(401)
  })

  it('refuses a stale request', async () => {
    const res = await signedCall(stack, 'GET', '/catalog/items', { timestamp: Math.floor(Date.now() / 1000) - 600 })
    expect(res.status).toBe(401)
    expect(res.body).toMatchObject({ code: 'SIGNATURE_INVALID', message: 'stale timestamp' })
  })

  it('refuses a replayed nonce', async () => {
    const nonce = randomUUID()
    expect((await signedCall(stack, 'GET', '/catalog/items', { nonce })).status).toBe(200)
    const replay = await signedCall(stack, 'GET', '/catalog/items', { nonce })
    expect(replay.status).toBe(401)
    expect(replay.body).toMatchObject({ message: 'replayed nonce' })
  })

  it('still refuses a replayed nonce after the data center restarted', async () => {
    const nonce = randomUUID()
    const timestamp = Math.floor(Date.now() / 1000)
    expect((await signedCall(stack, 'GET', '/catalog/items', { nonce, timestamp })).status).toBe(200)
    await stack.restartDatacenter()
    const replay = await signedCall(stack, 'GET', '/catalog/items', { nonce, timestamp })
    expect(replay.status).toBe(401)
    expect(replay.body).toMatchObject({ message: 'replayed nonce' })
  })

  it('refuses a body that was changed after signing, and changes nothing', async () => {
    const challenge = (phone: string) => ({ phone, codeHash: 'a'.repeat(64), ttlSeconds: 300 })
    // Signed for one phone with the right secret, then sent for another: only the body hash can tell.
    const res = await signedCall(stack, 'POST', '/auth/sms-challenges', {
      body: challenge('13900000009'),
      sentBody: challenge('13900000010'),
    })
    expect(res.status).toBe(401)
    expect(res.body).toMatchObject({ code: 'SIGNATURE_INVALID', message: 'bad signature' })
    // Nothing was registered: the honest request for that phone is not told to wait 60 s.
    const honest = await signedCall(stack, 'POST', '/auth/sms-challenges', { body: challenge('13900000010') })
    expect(honest.status).toBe(201)
  })

  it('checks access again: one account cannot change another account’s village', async () => {
    const res = await signedCall(stack, 'PUT', '/accounts/someone-else/village', {
      body: { villageCode: '640121104201' },
      actor: 'account:me',
      role: 'resident',
    })
    expect(res.status).toBe(403)
  })
})

const describeOnPostgres = requiredInCi('TEST_DATABASE_URL', process.env.TEST_DATABASE_URL) ? describe : describe.skip

describeOnPostgres('two data-center instances on one PostgreSQL', () => {
  let stack: Stack
  beforeAll(async () => {
    stack = await startStack({ backend: 'postgres' })
  })
  afterAll(() => stack?.stop())

  it('refuses a signed request replayed to the other instance', async () => {
    const other = { dc: await stack.addDatacenter(), secrets: stack.secrets }
    const nonce = randomUUID()
    const timestamp = Math.floor(Date.now() / 1000)
    expect((await signedCall(stack, 'GET', '/catalog/items', { nonce, timestamp })).status).toBe(200)
    const replay = await signedCall(other, 'GET', '/catalog/items', { nonce, timestamp })
    expect(replay.status).toBe(401)
    expect(replay.body).toMatchObject({ code: 'SIGNATURE_INVALID', message: 'replayed nonce' })
    // A fresh request to the other instance is answered as usual.
    expect((await signedCall(other, 'GET', '/catalog/items')).status).toBe(200)
  })
})

describe('an embedded data center whose clock is behind the machine’s', () => {
  let stack: Stack
  // Both servers an hour back (a clock set back, or a test standing on an earlier hour): the data
  // center reads its start on the clock it checks requests on, so it neither waits an hour to
  // listen nor refuses the BFF's requests as signed before it started.
  beforeAll(async () => {
    stack = await startStack({ backend: 'pglite', clockOffsetMs: -3600_000 })
  })
  afterAll(() => stack?.stop())

  it('starts at once and answers a signed sign-in through the BFF', async () => {
    const session = await signInBySms(stack.bffUrl, stack.sms, '13900000077')
    expect(session.accessToken).toBeTruthy()
  })
})
