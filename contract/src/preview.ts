// zod-free: the client imports this file (`@pocket/contract/preview`).
import type { Message, MessageContent, MessagePreview, StoredBody } from './app-api/consultations.js'

/** The line a message makes in a list of conversations: its text, a card's title; empty for photos and voice. */
export function previewText(body: StoredBody | MessageContent): string {
  if (body.kind === 'card') return body.card.title
  if (body.kind === 'handover') return body.item?.name ?? ''
  return body.kind === 'text' || body.kind === 'system' ? body.text : ''
}

/** A stored message as the newest of its conversation, the way the list of conversations shows it. */
export function toPreview(m: Message): MessagePreview {
  return { seq: m.seq, sender: m.sender, kind: m.body.kind, text: previewText(m.body), at: m.at }
}
