import { newIdempotencyKey } from '@/services/idempotency'

const DATABASE = 'pocket12348-files'
const STORE = 'outbox'

let opened: Promise<IDBDatabase> | null = null

function database(): Promise<IDBDatabase> {
  opened ??= new Promise<IDBDatabase>((resolve, reject) => {
    const req = indexedDB.open(DATABASE, 1)
    req.onupgradeneeded = () => req.result.createObjectStore(STORE)
    req.onsuccess = () => resolve(req.result)
    req.onerror = () => reject(req.error ?? new Error('IndexedDB unavailable'))
  }).catch((err: unknown) => {
    opened = null
    throw err
  })
  return opened
}

async function inStore<T>(mode: IDBTransactionMode, act: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await database()
  return new Promise<T>((resolve, reject) => {
    const tx = db.transaction(STORE, mode)
    const req = act(tx.objectStore(STORE))
    tx.oncomplete = () => resolve(req.result)
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB write failed'))
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB write aborted'))
  })
}

export async function keepFile(path: string): Promise<{ ref: string; path: string }> {
  const blob = await (await fetch(path)).blob()
  const ref = `kept:${newIdempotencyKey()}`
  await inStore('readwrite', (s) => s.put(blob, ref))
  return { ref, path }
}

export async function openKept(ref: string): Promise<string | null> {
  const blob = await inStore<Blob | undefined>('readonly', (s) => s.get(ref) as IDBRequest<Blob | undefined>)
  return blob ? URL.createObjectURL(blob) : null
}

export async function dropKept(ref: string): Promise<void> {
  await inStore('readwrite', (s) => s.delete(ref))
}
