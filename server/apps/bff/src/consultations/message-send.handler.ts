import { Injectable, Logger, type OnModuleInit } from '@nestjs/common'
import { issueNotice, MessageBody, type NoticeOf } from '@pocket/contract'
import { AppError, describeError } from '#common'
import { WsHandlers } from '../realtime/ws-handlers.js'
import { ConsultationsService } from './consultations.service.js'

/** Refusals worth sending again later: nothing is wrong with the message itself. */
const TRANSIENT = new Set(['UPSTREAM_UNAVAILABLE', 'INTERNAL', 'RATE_LIMITED'])

/**
 * `message.send` → `message.ack` with the stored message once the data center committed it (or
 * `message.failed` with the reason); right after, `message.new` to every other device of both
 * sides, on every BFF instance.
 */
@Injectable()
export class MessageSendHandler implements OnModuleInit {
  private readonly logger = new Logger('messages')

  constructor(
    private readonly handlers: WsHandlers,
    private readonly consultations: ConsultationsService,
  ) {}

  onModuleInit(): void {
    this.handlers.on('message.send', async ({ consultationId, clientId, message }, { claims, connectionId, send }) => {
      const failed = (code: AppError['code'], text: string, retry: boolean, notice?: NoticeOf) =>
        send({
          event: 'message.failed',
          data: { consultationId, clientId, code, message: text, ...(notice && { notice }), retry },
        })
      const parsed = MessageBody.safeParse(message)
      if (!parsed.success) {
        const notice = issueNotice(parsed.error.issues[0].message)
        return failed('VALIDATION_FAILED', notice.key, false, notice)
      }
      try {
        const user = { accountId: claims.accountId, role: claims.role }
        const stored = await this.consultations.send(user, consultationId, clientId, parsed.data, connectionId)
        send({
          event: 'message.ack',
          data: { consultationId, clientId, seq: stored.seq, at: stored.at, message: stored },
        })
      } catch (err) {
        if (err instanceof AppError) return failed(err.code, err.message, TRANSIENT.has(err.code), err.notice)
        this.logger.error({ msg: 'message.send failed', error: describeError(err) })
        return failed('INTERNAL', 'message.retryLater', true, { key: 'message.retryLater' })
      }
    })
  }
}
