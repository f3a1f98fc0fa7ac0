// The headers the BFF signs each data-center request with, for scripts that call the data center
// directly (bench, soak). Needs the server build (server/dist).
import { randomUUID } from 'node:crypto'
import { join } from 'node:path'

/** Loads the signing code the servers use, from `root`'s server build; `actor` acts in `role`. */
export async function dcSigner(root, secret, actor, role = 'system') {
  const { sha256Hex, signRequest } = await import(join(root, 'server/dist/libs/common/src/signing.js'))
  /** Headers for `method path` with `body` (a string, '' for none). */
  return (method, path, body = '') => {
    const timestamp = String(Math.floor(Date.now() / 1000))
    const nonce = randomUUID()
    const r = { method, path, timestamp, nonce, bodySha256: sha256Hex(body), actor, role }
    return {
      'x-dc-timestamp': timestamp,
      'x-dc-nonce': nonce,
      'x-dc-actor': actor,
      'x-dc-role': role,
      'x-dc-signature': signRequest(secret, r),
    }
  }
}
