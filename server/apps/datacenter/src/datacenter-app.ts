import 'reflect-metadata'
import { NestFactory } from '@nestjs/core'
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify'
import type { LoggerService } from '@nestjs/common'
import { frameworkErrors, refuseUnstorableInput, requestIdOf } from '#common'
import { DC_PREFIX, DatacenterModule } from './app.module.js'
import type { DcConfig } from './config.js'
import type { OpenDatabase } from './db/database.js'
import { afterStartSecond } from './signing/nonce-store.js'

/**
 * The data center's application on an open database, made as it serves (prefix, body limit, input
 * refused before it reaches a handler), ready to listen. `main.ts` and the in-process test tier
 * both make it here, so a test runs the application a deployment runs.
 */
export async function createDatacenterApp(
  config: DcConfig,
  database: Pick<OpenDatabase, 'db' | 'driver'>,
  logger: LoggerService,
): Promise<NestFastifyApplication> {
  const app = await NestFactory.create<NestFastifyApplication>(
    DatacenterModule.forRoot(config, database),
    new FastifyAdapter({ bodyLimit: 1024 * 1024, genReqId: requestIdOf, frameworkErrors }),
    { rawBody: true, logger },
  )
  app.setGlobalPrefix(...DC_PREFIX)
  refuseUnstorableInput(app.getHttpAdapter().getInstance())
  if (database.driver === 'pglite') await afterStartSecond()
  return app
}
