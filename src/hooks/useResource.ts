import { useCallback, useEffect, useRef, useState } from 'react'

export interface Resource<T> {
  data: T | null
  error: unknown
  loading: boolean
  reload(): void
}

/** Loads once per change of `key` (null = do not load); keeps the last data while reloading. */
export function useResource<T>(key: string | null, load: () => Promise<T>): Resource<T> {
  const [data, setData] = useState<T | null>(null)
  const [error, setError] = useState<unknown>(null)
  const [loading, setLoading] = useState(key !== null)
  const [nonce, setNonce] = useState(0)
  const loadRef = useRef(load)
  loadRef.current = load

  useEffect(() => {
    if (key === null) {
      setLoading(false)
      return
    }
    let live = true
    setLoading(true)
    setError(null)
    loadRef.current().then(
      (d) => live && (setData(d), setLoading(false)),
      (e: unknown) => live && (setError(e), setLoading(false)),
    )
    return () => {
      live = false
    }
  }, [key, nonce])

  const reload = useCallback(() => setNonce((n) => n + 1), [])
  return { data, error, loading, reload }
}
