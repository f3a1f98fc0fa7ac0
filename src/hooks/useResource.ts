import { useCallback, useEffect, useRef, useState } from 'react'
import { readCache, writeCache } from '@/services/cache'

export interface Resource<T> {
  data: T | null
  error: unknown
  loading: boolean
  /** Set while `data` is the copy saved on the device rather than a fresh answer: when it was saved. */
  savedAt: number | null
  reload(): void
  /** Changes the data shown (say, from a socket frame) without asking the server; kept by `persist` too. */
  mutate(update: (data: T) => T): void
}

export interface ResourceOptions {
  /** Keep the last good answer on the device (under `key`) and show it while the network fails. */
  persist?: boolean
}

interface State<T> {
  data: T | null
  savedAt: number | null
  error: unknown
  loading: boolean
}

function initial<T>(key: string | null, persist: boolean): State<T> {
  const saved = persist && key !== null ? readCache<T>(key) : null
  return { data: saved?.data ?? null, savedAt: saved?.savedAt ?? null, error: null, loading: key !== null }
}

/** A load under way, and whether something changed after it was asked for. */
interface Running {
  again: boolean
}

/**
 * Loads once per change of `key` (null or empty = do not load: a key built from an id not known yet,
 * such as `item-booking:` before the item's code arrives, must not ask for `/items//booking`);
 * keeps the last data while reloading.
 * With `persist`, the saved copy shows at once and stays, marked by `savedAt`, if loading fails.
 * A `reload` while a load is under way lets it finish and show, then loads once more, however
 * many reloads came meanwhile: on a slow network and a busy inbox, a reload per new message that
 * cancelled the load before it would never show anything new.
 */
export function useResource<T>(
  given: string | null | false,
  load: () => Promise<T>,
  opts: ResourceOptions = {},
): Resource<T> {
  const key = given || null
  const persist = !!opts.persist
  const [state, setState] = useState<State<T>>(() => initial(key, persist))
  const [nonce, setNonce] = useState(0)
  const loadRef = useRef(load)
  loadRef.current = load
  const shownKey = useRef(key)
  const running = useRef<Running | null>(null)

  useEffect(() => {
    if (shownKey.current !== key && persist) {
      // Another key (say, another village): its own saved copy, not the previous key's data.
      const next = initial<T>(key, persist)
      if (next.data !== null) setState(next)
    }
    shownKey.current = key
    if (key === null) {
      setState((s) => ({ ...s, loading: false }))
      return
    }
    let live = true
    const run: Running = { again: false }
    running.current = run
    // Only a live load is the one running (its cleanup clears both).
    const settled = () => {
      running.current = null
      if (run.again) setNonce((n) => n + 1)
    }
    setState((s) => ({ ...s, loading: true, error: null }))
    loadRef.current().then(
      (data) => {
        if (!live) return
        if (persist) writeCache(key, data)
        setState({ data, savedAt: null, error: null, loading: false })
        settled()
      },
      (error: unknown) => {
        if (!live) return
        setState((s) => ({ ...s, error, loading: false }))
        settled()
      },
    )
    return () => {
      live = false
      if (running.current === run) running.current = null
    }
  }, [key, nonce, persist])

  const reload = useCallback(() => {
    // The answer on its way was asked for before what changed: once it is shown, load again.
    if (running.current) running.current.again = true
    else setNonce((n) => n + 1)
  }, [])
  const mutate = useCallback(
    (update: (data: T) => T) =>
      setState((s) => {
        if (s.data === null) return s
        const data = update(s.data)
        if (persist && shownKey.current !== null) writeCache(shownKey.current, data)
        return { ...s, data }
      }),
    [persist],
  )
  return { ...state, reload, mutate }
}
