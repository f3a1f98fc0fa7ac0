import { Injectable, Logger, type OnModuleInit } from '@nestjs/common'
import { AppError, describeError } from '#common'
import { WsHandlers, type WsContext } from '../realtime/ws-handlers.js'
import { CallsService, type Caller } from './calls.service.js'

/**
 * The call frames of the one socket: invite, accept, reject, cancel, hang up, alive, signal. A
 * refusal (not a party, answered elsewhere, already ended, too many invites) comes back to the
 * device as `call.failed` with the reason; the socket stays open.
 */
@Injectable()
export class CallFramesHandler implements OnModuleInit {
  private readonly logger = new Logger('calls')

  constructor(
    private readonly handlers: WsHandlers,
    private readonly calls: CallsService,
  ) {}

  onModuleInit(): void {
    const on = this.handlers
    on.on('call.invite', (d, ctx) => this.run(ctx, null, (who) => this.calls.invite(who, d.consultationId, d.kind)))
    on.on('call.accept', (d, ctx) => this.run(ctx, d.callId, (who) => this.calls.accept(who, d.callId)))
    on.on('call.reject', (d, ctx) => this.run(ctx, d.callId, (who) => this.calls.end(who, d.callId, 'reject')))
    on.on('call.cancel', (d, ctx) => this.run(ctx, d.callId, (who) => this.calls.end(who, d.callId, 'cancel')))
    on.on('call.hangup', (d, ctx) =>
      this.run(ctx, d.callId, (who) => this.calls.end(who, d.callId, d.failed ? 'failed' : 'hangup')),
    )
    on.on('call.alive', (d, ctx) => this.run(ctx, d.callId, (who) => this.calls.alive(who, d.callId)))
    on.on('call.signal', (d, ctx) => this.run(ctx, d.callId, (who) => this.calls.signal(who, d.callId, d.signal)))
  }

  private async run(ctx: WsContext, callId: string | null, action: (who: Caller) => Promise<void>): Promise<void> {
    const who = { accountId: ctx.claims.accountId, role: ctx.claims.role, device: ctx.connectionId }
    try {
      await action(who)
    } catch (err) {
      if (!(err instanceof AppError)) this.logger.error({ msg: 'call frame failed', callId, error: describeError(err) })
      const { code, message, notice } =
        err instanceof AppError ? err : new AppError('INTERNAL', { key: 'call.serviceError' })
      ctx.send({ event: 'call.failed', data: { callId, code, message, ...(notice && { notice }) } })
    }
  }
}
