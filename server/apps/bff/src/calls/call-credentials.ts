import { createHmac } from 'node:crypto'
import { deflateSync } from 'node:zlib'

/**
 * A TRTC UserSig (tls-sig-api-v2): the JSON of identifier, application, time and expiry with an
 * HMAC-SHA256 over them under the application's secret, deflated and base64'd with TRTC's own
 * alphabet (`+`→`*`, `/`→`-`, `=`→`_`). Minted here so the secret never leaves the BFF.
 */
export function userSig(sdkAppId: number, secret: string, userId: string, seconds: number, now = new Date()): string {
  const time = Math.floor(now.getTime() / 1000)
  const signed = `TLS.identifier:${userId}\nTLS.sdkappid:${sdkAppId}\nTLS.time:${time}\nTLS.expire:${seconds}\n`
  const doc = {
    'TLS.ver': '2.0',
    'TLS.identifier': userId,
    'TLS.sdkappid': sdkAppId,
    'TLS.expire': seconds,
    'TLS.time': time,
    'TLS.sig': createHmac('sha256', secret).update(signed).digest('base64'),
  }
  return deflateSync(Buffer.from(JSON.stringify(doc)))
    .toString('base64')
    .replace(/\+/g, '*')
    .replace(/\//g, '-')
    .replace(/=/g, '_')
}

/**
 * TURN credentials by the TURN REST convention (coturn `use-auth-secret`): the user name is the
 * expiry (unix seconds) and who it is for; the password is base64 HMAC-SHA1 of it under the shared
 * secret. Good until the expiry, for anyone who holds them: so they are minted per call.
 */
export function turnCredentials(
  secret: string,
  userId: string,
  expiresAt: Date,
): { username: string; credential: string } {
  const username = `${Math.floor(expiresAt.getTime() / 1000)}:${userId}`
  return { username, credential: createHmac('sha1', secret).update(username).digest('base64') }
}
