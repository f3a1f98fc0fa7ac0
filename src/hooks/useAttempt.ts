import { useRef } from 'react'
import { ApiError } from '@/services/api-error'
import { newIdempotencyKey } from '@/services/idempotency'

/**
 * One attempt at a change sent with an Idempotency-Key (a booking, an application). The key is
 * made on the first send and reused by every retry of that attempt, so a reply lost on a weak
 * network never makes the change twice; any edit of the form, or any answer from the server,
 * starts a new attempt.
 */
export function useAttempt(onEdit: () => void) {
  const key = useRef<string | null>(null)
  return {
    /** Wraps a setter: editing the form ends the attempt. */
    edited:
      <V>(set: (v: V) => void) =>
      (v: V) => {
        key.current = null
        onEdit()
        set(v)
      },
    /** The attempt's key, made on first use. */
    key: () => (key.current ??= newIdempotencyKey()),
    /** After a failed send: an answer ends the attempt; a lost reply (no status) keeps its key. */
    failed: (err: unknown) => {
      if (err instanceof ApiError && err.status > 0) key.current = null
    },
    reset: () => {
      key.current = null
    },
  }
}
