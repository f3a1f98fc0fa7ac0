// Writes what is generated from the contract; a test fails when any of it is stale:
// - contract/openapi/*.json, the OpenAPI documents a province's vendor builds from;
// - contract/src/app-api/client-routes.ts, the app routes without their schemas, for the client bundle;
// - contract/src/app-api/form-rules.ts, their query and body limits, for the client's forms.
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  appOpenApiDocument,
  clientRoutesModule,
  datacenterOpenApiDocument,
  formRulesModule,
} from '../contract/dist/index.js'

const contract = join(dirname(fileURLToPath(import.meta.url)), '..', 'contract')
mkdirSync(join(contract, 'openapi'), { recursive: true })
const write = (path, text) => {
  writeFileSync(join(contract, path), text)
  process.stdout.write(`wrote contract/${path}\n`)
}
write('openapi/app-api.json', `${JSON.stringify(appOpenApiDocument(), null, 2)}\n`)
write('openapi/datacenter-api.json', `${JSON.stringify(datacenterOpenApiDocument(), null, 2)}\n`)
write('src/app-api/client-routes.ts', clientRoutesModule())
write('src/app-api/form-rules.ts', formRulesModule())
