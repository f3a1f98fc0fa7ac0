#!/usr/bin/env node
// The servers as one file each (scripts/lib/server-bundles.mjs), from what tsc emitted into server/dist.
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { bundleServers } from './lib/server-bundles.mjs'

await bundleServers(join(dirname(fileURLToPath(import.meta.url)), '..'))
