import { Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common'
import { Role, SIGNATURE_HEADERS as H, SIGNATURE_MAX_SKEW_SECONDS } from '@pocket/contract'
import type { FastifyRequest } from 'fastify'
import { AppError, sha256Hex, signatureMatches } from '#common'
import { DC_CONFIG, type DcConfig } from '../config.js'
import type { Actor } from '../common/actor.js'
import { NONCE_STORE, type NonceStore } from './nonce-store.js'

type SignedRequest = FastifyRequest & { rawBody?: Buffer; actor?: Actor }

/** Refuses unsigned, stale and replayed requests, then records who is acting. */
@Injectable()
export class SignatureGuard implements CanActivate {
  constructor(
    @Inject(DC_CONFIG) private readonly config: DcConfig,
    @Inject(NONCE_STORE) private readonly nonces: NonceStore,
  ) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    const req = ctx.switchToHttp().getRequest<SignedRequest>()
    if (req.url === '/dc/docs' || req.url === '/dc/healthz') return true
    const header = (name: string) => {
      const v = req.headers[name]
      return typeof v === 'string' ? v : ''
    }
    const timestamp = header(H.timestamp)
    const nonce = header(H.nonce)
    const actor = header(H.actor)
    const role = header(H.role)
    const signature = header(H.signature)
    if (!timestamp || !nonce || !actor || !role || !signature) {
      throw new AppError('SIGNATURE_INVALID', 'missing signature headers')
    }
    const skew = Math.abs(Date.now() / 1000 - Number(timestamp))
    if (!Number.isFinite(skew) || skew > SIGNATURE_MAX_SKEW_SECONDS) {
      throw new AppError('SIGNATURE_INVALID', 'stale timestamp')
    }
    const bodySha256 = sha256Hex(req.rawBody ?? '')
    const canonical = { method: req.method, path: req.url, timestamp, nonce, bodySha256, actor, role }
    if (!signatureMatches(this.config.DC_HMAC_SECRET, canonical, signature)) {
      throw new AppError('SIGNATURE_INVALID', 'bad signature')
    }
    if (!(await this.nonces.claim(nonce, Number(timestamp)))) throw new AppError('SIGNATURE_INVALID', 'replayed nonce')
    const parsedRole = role === 'system' ? 'system' : Role.safeParse(role).data
    if (!parsedRole) throw new AppError('SIGNATURE_INVALID', 'unknown role')
    req.actor = { id: actor, role: parsedRole, requestId: header(H.requestId) || null }
    return true
  }
}
