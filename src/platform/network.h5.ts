// The browser says when it goes offline and back (navigator.connection is not everywhere).
export function onNetworkChange(callback: (online: boolean) => void): () => void {
  const online = () => callback(true)
  const offline = () => callback(false)
  window.addEventListener('online', online)
  window.addEventListener('offline', offline)
  return () => {
    window.removeEventListener('online', online)
    window.removeEventListener('offline', offline)
  }
}
