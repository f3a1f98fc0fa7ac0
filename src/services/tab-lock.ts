/** The Web Locks API where the platform has it (H5 in today's browsers); the mini-program has one page stack. */
interface LockManagerLike {
  request<T>(name: string, callback: () => Promise<T>): Promise<T>
}

function lockManager(): LockManagerLike | undefined {
  if (typeof navigator === 'undefined') return undefined
  return (navigator as { locks?: LockManagerLike }).locks
}

/**
 * Runs `fn` while no other tab or window of this origin runs it under the same name. Where there
 * are no such locks (the mini-program, old WebViews) there is only one running copy of the app,
 * and the caller's own single-flight is enough.
 */
export function acrossTabs<T>(name: string, fn: () => Promise<T>): Promise<T> {
  const locks = lockManager()
  return locks ? locks.request(`pocket12348.${name}`, fn) : fn()
}
