import type { Callback } from '@pocket/contract'
import { maskPhone } from '#common'
import type { CallbackRecord } from './callbacks.repository.js'

/**
 * A task as `viewer` sees it: the phone in full for the resident who asked and the staff member who
 * took it; masked for the rest of the desk.
 */
export function toCallback(r: CallbackRecord, viewer: string): Callback {
  const full = viewer === r.accountId || viewer === r.takenBy
  return {
    number: r.number,
    phone: full ? r.phone : maskPhone(r.phone),
    window: r.window,
    topic: r.topic,
    state: r.state,
    note: r.note,
    desk: { id: r.deskId ?? '', name: r.deskName },
    taker: r.takenBy ? { name: r.takerName ?? '', me: r.takenBy === viewer } : null,
    createdAt: r.createdAt.toISOString(),
    closedAt: r.closedAt?.toISOString() ?? null,
  }
}
