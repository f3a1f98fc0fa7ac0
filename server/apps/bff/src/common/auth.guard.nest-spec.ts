// AuthGuard with the real Reflector and TokensService, in process: who may call which route.
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { ExecutionContext } from '@nestjs/common'
import { Reflector } from '@nestjs/core'
import { appRoutes } from '@pocket/contract'
import { AppError, Route } from '#common'
import type { RevokedSessions } from '../auth/revoked-sessions.js'
import { TokensService } from '../auth/tokens.service.js'
import { loadBffConfig } from '../config.js'
import { AuthGuard } from './auth.guard.js'
import { Roles, type AuthedRequest } from './auth-user.js'

class Handlers {
  @Route(appRoutes.catalogItems)
  catalog(): void {}

  @Route(appRoutes.me)
  me(): void {}

  @Route(appRoutes.workbenchSummary)
  @Roles('adviser', 'staff')
  workbench(): void {}
}

const tokens = new TokensService(
  loadBffConfig({ DATACENTER_URL: 'http://127.0.0.1:9', DC_HMAC_SECRET: 'd'.repeat(40), JWT_SECRET: 'j'.repeat(40) }),
)
const ended = new Set<string>()
const revoked = {
  assertLive: (id: string) => {
    if (ended.has(id)) throw new AppError('SESSION_REVOKED', '您已退出登录，请重新登录')
  },
} as RevokedSessions
const guard = new AuthGuard(new Reflector(), tokens, revoked)

function contextFor(handler: keyof Handlers, authorization?: string) {
  const req = { id: 'req-1', headers: authorization ? { authorization } : {} } as unknown as AuthedRequest
  const ctx = {
    getHandler: () => Handlers.prototype[handler],
    getClass: () => Handlers,
    switchToHttp: () => ({ getRequest: () => req }),
  } as unknown as ExecutionContext
  return { ctx, req }
}

const bearer = async (role: 'resident' | 'adviser', sessionId = 's-1') =>
  `Bearer ${await tokens.sign({ accountId: 'a-1', role, sessionId }, 'access')}`

const refusal = (code: string) => (err: AppError) => {
  assert.equal(err.code, code)
  return true
}

describe('AuthGuard', () => {
  it('lets anyone call a route the contract marks public', async () => {
    assert.equal(await guard.canActivate(contextFor('catalog').ctx), true)
  })

  it('asks for sign-in on a route that needs it', async () => {
    await assert.rejects(guard.canActivate(contextFor('me').ctx), refusal('UNAUTHENTICATED'))
  })

  it('refuses a WebSocket ticket used as an access token', async () => {
    const ticket = await tokens.sign({ accountId: 'a-1', role: 'resident', sessionId: 's-1' }, 'ws')
    await assert.rejects(guard.canActivate(contextFor('me', `Bearer ${ticket}`).ctx))
  })

  it('admits a signed-in person and records who they are', async () => {
    const { ctx, req } = contextFor('me', await bearer('resident'))
    assert.equal(await guard.canActivate(ctx), true)
    assert.deepEqual(req.user, { accountId: 'a-1', role: 'resident', sessionId: 's-1', requestId: 'req-1' })
  })

  it('refuses the token of a sign-in that was ended', async () => {
    ended.add('s-ended')
    await assert.rejects(
      guard.canActivate(contextFor('me', await bearer('resident', 's-ended')).ctx),
      refusal('SESSION_REVOKED'),
    )
  })

  it('keeps residents out of the workbench, and lets advisers in', async () => {
    await assert.rejects(guard.canActivate(contextFor('workbench', await bearer('resident')).ctx), refusal('FORBIDDEN'))
    assert.equal(await guard.canActivate(contextFor('workbench', await bearer('adviser')).ctx), true)
  })
})
