import 'reflect-metadata'
import multipart from '@fastify/multipart'
import { NestFactory } from '@nestjs/core'
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify'
import type { LoggerService } from '@nestjs/common'
import { frameworkErrors, refuseUnstorableInput, requestIdOf } from '#common'
import { BFF_PREFIX, BffModule } from './app.module.js'
import { RATE_LIMIT_STORE } from './common/rate-limit.guard.js'
import { limitEveryRequest } from './common/rate-limit.hook.js'
import { TRTC_WEB_ORIGINS } from './calls/trtc-web-origins.js'
import { securityHeaders } from './common/security-headers.js'
import type { BffConfig } from './config.js'
import { WsGateway } from './realtime/ws.gateway.js'
import { loadH5, serveH5 } from './static-h5.js'

/**
 * The BFF's application, made as it serves (prefix, rate limits, input checks, uploads, security
 * headers, the H5 build when configured, the WebSocket gateway), ready to listen. `main.ts` and the
 * in-process test tier both make it here, so a test runs the application a deployment runs.
 */
export async function createBffApp(config: BffConfig, logger: LoggerService): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    bodyLimit: 256 * 1024,
    trustProxy: config.TRUST_PROXY,
    genReqId: requestIdOf,
    frameworkErrors,
  })
  const app = await NestFactory.create<NestFastifyApplication>(BffModule.forRoot(config), adapter, { logger })
  app.setGlobalPrefix(...BFF_PREFIX)
  const fastify = app.getHttpAdapter().getInstance()
  limitEveryRequest(fastify, app.get(RATE_LIMIT_STORE), config)
  refuseUnstorableInput(fastify)
  // Only POST /uploads reads a multipart body; its limits are set where it reads the file.
  await app.register(multipart)
  const h5 = config.H5_DIR ? loadH5(config.H5_DIR) : null
  await securityHeaders(app, h5?.inlineScriptHashes ?? [], config.TRTC_SDK_APP_ID ? TRTC_WEB_ORIGINS : [])
  fastify.addHook('onSend', async (req, reply) => {
    void reply.header('x-request-id', req.id)
  })
  fastify.addHook('onResponse', async (req, reply) => {
    if (reply.statusCode >= 500 || config.LOG_LEVEL === 'debug') {
      logger.log({
        msg: 'request',
        id: req.id,
        method: req.method,
        url: req.url,
        status: reply.statusCode,
        ms: Math.round(reply.elapsedTime),
      })
    }
  })
  if (h5) await serveH5(app, h5)
  await app.init()
  app.get(WsGateway).attach()
  return app
}
