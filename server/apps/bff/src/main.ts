import 'reflect-metadata'
import multipart from '@fastify/multipart'
import { NestFactory } from '@nestjs/core'
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify'
import { frameworkErrors, jsonLogger, onStopSignals, refuseUnstorableInput, requestIdOf } from '#common'
import { BFF_PREFIX, BffModule } from './app.module.js'
import { RATE_LIMIT_STORE } from './common/rate-limit.guard.js'
import { limitEveryRequest } from './common/rate-limit.hook.js'
import { TRTC_WEB_ORIGINS } from './calls/trtc-web-origins.js'
import { securityHeaders } from './common/security-headers.js'
import { loadBffConfig } from './config.js'
import { WsGateway } from './realtime/ws.gateway.js'
import { loadH5, serveH5 } from './static-h5.js'

async function main(): Promise<void> {
  const config = loadBffConfig()
  const logger = jsonLogger('bff', config.LOG_LEVEL)
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
  await app.listen(config.PORT, config.HOST)
  const url = (await app.getUrl()).replace('[::1]', '127.0.0.1').replace('0.0.0.0', '127.0.0.1')
  logger.log({ msg: 'bff listening', url, redis: !!config.REDIS_URL, sms: config.SMS_DRIVER })
  process.stdout.write(`READY bff ${url}\n`)

  onStopSignals(async (signal) => {
    logger.log({ msg: 'shutting down', signal })
    await app.close()
    process.exit(0)
  })
}

main().catch((err: unknown) => {
  process.stderr.write(`[bff] failed to start: ${err instanceof Error ? err.stack : String(err)}\n`)
  process.exit(1)
})
