import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ROOT } from '../support/processes'

/** The addresses listening on `port` (IPv4), from the kernel's own table. */
function listeners(port: number): string[] {
  const hexPort = port.toString(16).toUpperCase().padStart(4, '0')
  return readFileSync('/proc/net/tcp', 'utf8')
    .split('\n')
    .slice(1)
    .map((l) => l.trim().split(/\s+/))
    .filter((f) => f[1]?.endsWith(`:${hexPort}`) && f[3] === '0A')
    .map((f) => {
      const hex = f[1].split(':')[0]
      return [3, 2, 1, 0].map((i) => parseInt(hex.slice(i * 2, i * 2 + 2), 16)).join('.')
    })
}

describe('npm start', () => {
  it('opens the product on this computer only, says how to open it to a phone, and stops cleanly on a TERM to its group', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pocket-start-'))
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? '',
      PORT: '0',
      DC_PORT: '0',
      PGLITE_DIR: join(dir, 'pglite'),
    }
    // Its own process group, as a supervisor starts it: a TERM to the group reaches every process.
    const child = spawn(process.execPath, [join(ROOT, 'scripts/start.mjs')], { cwd: ROOT, env, detached: true })
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve))
    let out = ''
    const started = new Promise<string>((resolve, reject) => {
      const onData = (c: Buffer) => {
        out += c.toString()
        const m = /打开\s+(http:\/\/\S+)\//.exec(out)
        if (m && out.includes('按 Ctrl-C 停止')) resolve(m[1])
      }
      child.stdout.on('data', onData)
      child.stderr.on('data', onData)
      child.once('exit', (code) => reject(new Error(`npm start exited (${code}):\n${out}`)))
    })
    try {
      const url = await started
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
      expect(listeners(Number(new URL(url).port))).toEqual(['127.0.0.1'])
      expect(out).toContain('HOST=0.0.0.0 npm start')
      expect((await fetch(`${url}/healthz`)).status).toBe(200)
      process.kill(-child.pid!, 'SIGTERM')
      expect(await exited).toBe(0)
      // The data center finished its shutdown: a last-good copy written, the folder's lock released.
      expect(readdirSync(join(dir, 'pglite-backups')).filter((f) => f.endsWith('.tar.gz'))).toHaveLength(1)
      expect(existsSync(join(dir, 'pglite.lock'))).toBe(false)
    } finally {
      if (child.exitCode === null) process.kill(-child.pid!, 'SIGKILL')
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
