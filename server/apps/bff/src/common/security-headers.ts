import helmet from '@fastify/helmet'
import type { NestFastifyApplication } from '@nestjs/platform-fastify'

/**
 * Security headers on every answer, H5 and API alike (@fastify/helmet). The CSP allows only our
 * own origin for scripts, plus the exact inline scripts the H5 build ships (by hash); styles may
 * be inline because Taro's components inject theirs at run time. Connections go to our origin,
 * and to TRTC's when calls use it. No framing by anyone; no
 * referrer leaves the app. API answers are not stored by any cache unless a route says otherwise:
 * they carry tokens and personal data.
 */
export async function securityHeaders(
  app: NestFastifyApplication,
  inlineScriptHashes: string[],
  /** Origins H5 code may also connect to (TRTC Web's, when TRTC is configured). */
  callOrigins: string[] = [],
): Promise<void> {
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'", ...inlineScriptHashes.map((h) => `'sha256-${h}'`)],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        mediaSrc: ["'self'", 'blob:'],
        // A photo picked on the phone is a blob: URL, read back to be compressed and uploaded.
        connectSrc: ["'self'", 'blob:', ...callOrigins],
        // TRTC Web runs its audio and stats workers from blob: URLs.
        workerSrc: ["'self'", ...(callOrigins.length ? ['blob:'] : [])],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    referrerPolicy: { policy: 'no-referrer' },
    // Served over plain HTTP on a LAN during pilots; TLS termination in front sets HSTS.
    strictTransportSecurity: false,
    crossOriginEmbedderPolicy: false,
  })
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onSend', async (req, reply) => {
      if (req.url.startsWith('/api/') && !reply.hasHeader('cache-control'))
        void reply.header('cache-control', 'no-store')
    })
}
