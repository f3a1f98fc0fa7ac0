// Writes the OpenAPI documents generated from the contract; a test fails when they are stale.
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { appOpenApiDocument, datacenterOpenApiDocument } from '../contract/dist/index.js'

const dir = join(dirname(fileURLToPath(import.meta.url)), '..', 'contract', 'openapi')
mkdirSync(dir, { recursive: true })
writeFileSync(join(dir, 'app-api.json'), `${JSON.stringify(appOpenApiDocument(), null, 2)}\n`)
writeFileSync(join(dir, 'datacenter-api.json'), `${JSON.stringify(datacenterOpenApiDocument(), null, 2)}\n`)
process.stdout.write(`wrote ${dir}/app-api.json and datacenter-api.json\n`)
