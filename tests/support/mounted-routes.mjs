// Prints, as JSON, every route Nest mounts in one built server (`bff` or `datacenter`): the
// route-matches-contract test compares them with the contract's tables. Runs the real modules.
import 'reflect-metadata'
import { NestFactory } from '@nestjs/core'
import { FastifyAdapter } from '@nestjs/platform-fastify'
import { idCipherEnv } from '../../scripts/lib/id-cipher-env.mjs'

const which = process.argv[2]
const dist = new URL(`../../server/dist/apps/${which}/src/`, import.meta.url)
const routes = []
const adapter = new FastifyAdapter()
adapter.getInstance().addHook('onRoute', (r) => {
  for (const method of [r.method].flat()) if (method !== 'HEAD') routes.push(`${method} ${r.url}`)
})
let app
let close = async () => undefined
if (which === 'bff') {
  const { BffModule, BFF_PREFIX } = await import(new URL('app.module.js', dist).href)
  const { loadBffConfig } = await import(new URL('config.js', dist).href)
  const config = loadBffConfig({
    DATACENTER_URL: 'http://127.0.0.1:9',
    DC_HMAC_SECRET: 'd'.repeat(40),
    JWT_SECRET: 'j'.repeat(40),
  })
  app = await NestFactory.create(BffModule.forRoot(config), adapter, { logger: false })
  app.setGlobalPrefix(...BFF_PREFIX)
} else {
  const { DatacenterModule, DC_PREFIX } = await import(new URL('app.module.js', dist).href)
  const { loadDcConfig } = await import(new URL('config.js', dist).href)
  const { openDatabase } = await import(new URL('db/database.js', dist).href)
  const config = loadDcConfig({ DC_HMAC_SECRET: 'd'.repeat(40), ...idCipherEnv(), PGLITE_DIR: 'memory://' })
  const database = await openDatabase(config, console)
  close = () => database.close()
  app = await NestFactory.create(DatacenterModule.forRoot(config, database), adapter, { logger: false })
  app.setGlobalPrefix(...DC_PREFIX)
}
await app.init()
process.stdout.write(`${JSON.stringify(routes)}\n`)
await app.close()
await close()
process.exit(0)
