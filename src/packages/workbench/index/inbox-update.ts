import type { ConsultationList, Message } from '@pocket/contract'
import { toPreview } from '@pocket/contract/preview'

/**
 * The inbox after a new message, worked out from the frame alone: the conversation's newest line,
 * its unread count, and its place at the top. Null when the frame changes what only the server can
 * say — a conversation not in this list, a system message (hand-over, resolved), or a reply deadline
 * starting (the resident's first unanswered message) or ending (the adviser's answer) — so the
 * caller reloads then, and only then.
 */
export function withMessage(list: ConsultationList, m: Message): ConsultationList | null {
  const at = list.items.findIndex((c) => c.id === m.consultationId)
  if (at < 0 || m.sender.role === 'system') return null
  const c = list.items[at]
  if (m.seq <= c.lastSeq) return list
  const waiting = c.deadline.waitingSince !== null
  if (m.sender.role === 'resident' ? !waiting : waiting) return null
  const updated = {
    ...c,
    lastSeq: m.seq,
    lastMessage: toPreview(m),
    unread: c.unread + (m.sender.role === 'resident' ? 1 : 0),
    updatedAt: m.at,
  }
  return { items: [updated, ...list.items.filter((_, i) => i !== at)] }
}
