import 'reflect-metadata'
import { jsonLogger, onStopSignals } from '#common'
import { loadDcConfig } from './config.js'
import { createDatacenterApp } from './datacenter-app.js'
import { StartupRefusal } from './db/data-dir-lock.js'
import { openDatabase } from './db/database.js'
import { seedDemoData } from './demo-seed.js'
import { LibraryIndexService } from './library/library-index.service.js'
import { loadShippedData } from './shipped-data.js'

async function main(): Promise<void> {
  // Database files and last-good copies are the owner's alone.
  process.umask(0o077)
  const config = loadDcConfig()
  const logger = jsonLogger('datacenter', config.LOG_LEVEL)
  const database = await openDatabase(config, logger)
  if (config.SEED_DEMO && (await seedDemoData(database.db))) {
    logger.log({ msg: 'seeded demo data (Ningxia, 640000)' })
  }
  const started = performance.now()
  const { library, figures } = await loadShippedData(database.db)
  if (library.laws.written || library.laws.removed || library.cases.written || library.cases.removed) {
    logger.log({ msg: 'library imported', ...library, ms: Math.round(performance.now() - started) })
  }
  if (figures) logger.log({ msg: 'calculator figures added', figures })
  const app = await createDatacenterApp(config, database, logger)
  await app.listen(config.DC_PORT, config.DC_HOST)
  const url = await app.getUrl()
  logger.log({ msg: 'datacenter listening', url, driver: database.driver })
  process.stdout.write(`READY datacenter ${url.replace('[::1]', '127.0.0.1')}\n`)
  if (config.LIBRARY_WARM_UP) {
    const warming = performance.now()
    app
      .get(LibraryIndexService)
      .textIndexes()
      .then(
        () => logger.log({ msg: 'library index built', ms: Math.round(performance.now() - warming) }),
        // A first search builds it again, and says why it cannot.
        (err: unknown) => logger.warn({ msg: 'library index not built yet', err: String(err) }),
      )
  }

  onStopSignals(async (signal) => {
    logger.log({ msg: 'shutting down', signal })
    await app.close()
    await database.close()
    process.exit(0)
  })
}

main().catch((err: unknown) => {
  const said = err instanceof StartupRefusal ? err.message : err instanceof Error ? err.stack : String(err)
  process.stderr.write(`[datacenter] failed to start: ${said}\n`)
  process.exit(1)
})
