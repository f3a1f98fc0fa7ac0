import Taro from '@tarojs/taro'
import { useRef, useState } from 'react'
import { messageOf } from '@/services/api-error'

interface RunOptions {
  /** What is running, for a desk with several buttons (`busyWith`). */
  what?: string
  /** An Idempotency-Key send's attempt (useAttempt): keeps its key for a lost reply, drops it for an answer. */
  attempt?: { failed(err: unknown): void }
  /** Also done on a refusal, after it is shown (a slot taken meanwhile: read the slots again). */
  refused?: (err: unknown) => void
}

/**
 * Every write a screen makes goes through `run`: busy while it runs (a second tap while it does
 * does nothing), and one rule for a refusal — a screen that shows an error line beside its form
 * (`error`, with role=alert) says it there; a write with no form of its own (`{ toast: true }`: a
 * card's one button) says it in a toast. `run` answers whether the write went through, so what
 * follows a success (clearing a field) does not follow a refusal.
 */
export function useSubmit(opts: { toast?: boolean } = {}) {
  const [busy, setBusy] = useState<string | null>(null)
  const [error, setError] = useState('')
  const running = useRef(false)

  const run = async (work: () => Promise<unknown>, { what = 'submit', attempt, refused }: RunOptions = {}) => {
    if (running.current) return false
    running.current = true
    setError('')
    setBusy(what)
    try {
      await work()
      return true
    } catch (err) {
      attempt?.failed(err)
      if (opts.toast) void Taro.showToast({ title: messageOf(err), icon: 'none' })
      else setError(messageOf(err))
      refused?.(err)
      return false
    } finally {
      running.current = false
      setBusy(null)
    }
  }

  return { run, busy: busy !== null, busyWith: busy, error, setError }
}
