import { useEffect, useState } from 'react'
import { messageOf } from '@/services/api-error'
import { authApi } from '@/services/auth'

/**
 * Asking for an SMS code: sends it, then counts down the server's wait before another may be asked
 * for (also after a refusal that names one). `send` answers null once sent, else the reason to show.
 */
export function useSmsCode(): { resendIn: number; sending: boolean; send(phone: string): Promise<string | null> } {
  const [resendIn, setResendIn] = useState(0)
  const [sending, setSending] = useState(false)
  useEffect(() => {
    if (resendIn <= 0) return
    const timer = setTimeout(() => setResendIn(resendIn - 1), 1000)
    return () => clearTimeout(timer)
  }, [resendIn])
  const send = async (phone: string): Promise<string | null> => {
    setSending(true)
    try {
      setResendIn((await authApi.sendSmsCode(phone)).resendAfter)
      return null
    } catch (err) {
      const wait = (err as { details?: { resendAfter?: number } }).details?.resendAfter
      if (wait) setResendIn(wait)
      return messageOf(err)
    } finally {
      setSending(false)
    }
  }
  return { resendIn, sending, send }
}
