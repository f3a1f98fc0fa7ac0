import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { ROOT } from './processes'

export const H5_DIR = join(ROOT, 'dist/h5')
export const WEAPP_DIR = join(ROOT, 'dist/weapp')

/** Tests of a build fail, never skip, when it is missing, and say how to make it. */
export function requireBuild(target: 'h5' | 'weapp'): string {
  const [dir, marker] = target === 'h5' ? [H5_DIR, 'index.html'] : [WEAPP_DIR, 'app.json']
  if (!existsSync(join(dir, marker)))
    throw new Error(`dist/${target} is missing: run "npm run build:${target}" first (npm test does)`)
  return dir
}
