import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { bundleServers, SERVER_BUNDLES } from './server-bundles.mjs'

/** A file's modification time, 0 when it is missing. */
function mtimeOf(path) {
  return existsSync(path) ? statSync(path).mtimeMs : 0
}

/** Newest modification time of any file under the given paths (skipping node_modules). */
export function newestMtime(paths) {
  let newest = 0
  const walk = (p) => {
    if (!existsSync(p)) return
    const s = statSync(p)
    if (s.isDirectory()) {
      for (const name of readdirSync(p)) if (name !== 'node_modules' && name !== 'dist') walk(join(p, name))
    } else newest = Math.max(newest, s.mtimeMs)
  }
  paths.forEach(walk)
  return newest
}

export function run(cmd, args, opts = {}) {
  const res = spawnSync(cmd, args, { stdio: 'inherit', ...opts })
  if (res.status !== 0) {
    process.stderr.write(`\n✗ ${cmd} ${args.join(' ')} failed (exit ${res.status})\n`)
    process.exit(res.status ?? 1)
  }
}

/** Builds the server (incremental tsc, then one file per server) and, when its sources changed, the H5 client. */
export async function buildIfNeeded(root, { h5 = true, quiet = false } = {}) {
  const say = (m) => quiet || process.stdout.write(m)
  say('• 编译服务端 (tsc -b)…\n')
  run('npx', ['tsc', '-b', 'server/tsconfig.build.json'], { cwd: root })
  // tsc rewrites its build info whenever it emits: bundles older than that are stale (about 3 s to redo).
  const emitted = mtimeOf(join(root, 'server/dist/.tsbuildinfo'))
  const bundled = Math.min(...Object.values(SERVER_BUNDLES).map((f) => mtimeOf(join(root, f))))
  if (bundled < emitted) await bundleServers(root)
  if (!h5) return
  const index = join(root, 'dist/h5/index.html')
  const sources = newestMtime(['src', 'contract/src', 'config', 'babel.config.js'].map((p) => join(root, p)))
  if (existsSync(index) && statSync(index).mtimeMs >= sources) return
  say('• 构建 H5 客户端 (taro build --type h5)，首次约需 20 秒…\n')
  buildH5Quietly(root)
}

/** Taro's progress bar is a wall of redraws: keep it in a log and show it only on failure. */
function buildH5Quietly(root) {
  const log = join(root, '.data/h5-build.log')
  mkdirSync(dirname(log), { recursive: true })
  const res = spawnSync('npx', ['taro', 'build', '--type', 'h5'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NODE_ENV: 'production' },
  })
  writeFileSync(log, `${res.stdout ?? ''}\n${res.stderr ?? ''}`)
  if (res.status !== 0) {
    process.stderr.write(`${(res.stderr ?? '').slice(-4000)}\n✗ H5 build failed; full log: ${log}\n`)
    process.exit(res.status ?? 1)
  }
}
