import 'reflect-metadata'
import { jsonLogger, onStopSignals } from '#common'
import { createBffApp } from './bff-app.js'
import { loadBffConfig } from './config.js'

async function main(): Promise<void> {
  const config = loadBffConfig()
  const logger = jsonLogger('bff', config.LOG_LEVEL)
  const app = await createBffApp(config, logger)
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
