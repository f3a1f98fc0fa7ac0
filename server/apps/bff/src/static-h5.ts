import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import fastifyStatic from '@fastify/static'
import type { NestFastifyApplication } from '@nestjs/platform-fastify'

export interface H5Build {
  root: string
  /** SHA-256 (base64) of each inline script in index.html, for the CSP to allow exactly those. */
  inlineScriptHashes: string[]
}

/** Checks that `dir` holds an H5 build and reads what the CSP must know of it. */
export function loadH5(dir: string): H5Build {
  const root = resolve(dir)
  const index = resolve(root, 'index.html')
  if (!existsSync(index)) throw new Error(`H5_DIR ${root} has no index.html: run "npm run build:h5" first`)
  const html = readFileSync(index, 'utf8')
  const inlineScriptHashes = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)]
    .map((m) => m[1])
    .filter((body) => body.trim() !== '')
    .map((body) => createHash('sha256').update(body, 'utf8').digest('base64'))
  return { root, inlineScriptHashes }
}

/** Serves the H5 build at `/`: one origin with the API and the socket. */
export async function serveH5(app: NestFastifyApplication, { root }: H5Build): Promise<void> {
  await app.register(fastifyStatic, {
    root,
    prefix: '/',
    wildcard: true,
    // The build writes .br and .gz beside each asset: sent as the browser accepts, never compressed per request.
    preCompressed: true,
    setHeaders(res, path) {
      // Hashed assets never change; index.html must always be fresh.
      res.header('cache-control', path.endsWith('.html') ? 'no-cache' : 'public, max-age=31536000, immutable')
    },
  })
}
