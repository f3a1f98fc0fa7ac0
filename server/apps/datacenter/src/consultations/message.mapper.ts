import type { DcMessage } from '@pocket/contract'
import { type MessageRow } from './messages.repository.js'

/** A stored message as the contract sends it. */
export function toMessage(m: MessageRow): DcMessage {
  return {
    consultationId: m.consultationId,
    seq: m.seq,
    clientId: m.clientId,
    sender: { role: m.senderRole, name: m.senderName },
    body: m.body,
    at: m.createdAt.toISOString(),
  }
}
