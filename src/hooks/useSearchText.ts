import { useEffect, useState } from 'react'

/** How long typing must pause before it is searched. */
const PAUSE_MS = 400

/**
 * A search box's text as typed, and what to search for: the trimmed text once the person pauses
 * typing (not at every key, on a slow network each key would be a request), or at once on confirm.
 */
export function useSearchText(): { typed: string; setTyped(v: string): void; q: string; confirm(): void } {
  const [typed, setTyped] = useState('')
  const [q, setQ] = useState('')
  useEffect(() => {
    const timer = setTimeout(() => setQ(typed.trim()), PAUSE_MS)
    return () => clearTimeout(timer)
  }, [typed])
  return { typed, setTyped, q, confirm: () => setQ(typed.trim()) }
}
