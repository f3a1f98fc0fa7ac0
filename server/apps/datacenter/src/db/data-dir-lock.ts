import { closeSync, existsSync, openSync, readFileSync, statSync, unlinkSync, writeSync } from 'node:fs'

/** A startup refusal whose message says what happened and what to do; printed without a stack. */
export class StartupRefusal extends Error {}

interface Holder {
  pid: number
  /** Kernel start time of the process (Linux), so a recycled pid is not taken for the holder. */
  procStart: string | null
  since: string
  dir: string
}

/** Field 22 of /proc/<pid>/stat: when the process started, in clock ticks since boot. */
function procStart(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null
  } catch {
    return null
  }
}

function alive(holder: Holder): boolean {
  try {
    process.kill(holder.pid, 0)
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ESRCH') return false
  }
  const started = procStart(holder.pid)
  return holder.procStart === null || started === null || started === holder.procStart
}

function readHolder(path: string): Holder | null {
  try {
    const h = JSON.parse(readFileSync(path, 'utf8')) as Partial<Holder>
    return typeof h.pid === 'number' ? (h as Holder) : null
  } catch {
    return null
  }
}

/** The directory's identity: a folder deleted and made again under the same name is another one. */
function identity(dir: string): string | null {
  try {
    const s = statSync(dir)
    return `${s.dev}:${s.ino}`
  } catch {
    return null
  }
}

/**
 * The embedded database's folder, held by one process. PGlite takes no lock of its own, and two
 * processes on one folder (or a folder deleted and re-created under a running one) leave it
 * unopenable. The lock is `<dir>.lock` beside the folder, naming the holder; a second opener
 * fails fast and names it; a lock whose process is gone is taken over. While held, `watch`
 * notices the folder or the lock being removed or replaced.
 */
export class DataDirLock {
  readonly path: string
  private dirIdentity: string | null = null
  private timer?: NodeJS.Timeout

  private constructor(readonly dir: string) {
    this.path = `${dir}.lock`
  }

  /** Takes the lock, or throws a StartupRefusal naming the live process that holds it. */
  static acquire(dir: string, onTakeover: (stale: Holder) => void = () => undefined): DataDirLock {
    const lock = new DataDirLock(dir)
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        const fd = openSync(lock.path, 'wx', 0o600)
        const me: Holder = { pid: process.pid, procStart: procStart(process.pid), since: new Date().toISOString(), dir }
        writeSync(fd, JSON.stringify(me))
        closeSync(fd)
        return lock
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err
      }
      const holder = readHolder(lock.path)
      if (holder && holder.pid !== process.pid && alive(holder)) {
        throw new StartupRefusal(
          `the database folder ${dir} is in use by process ${holder.pid} (since ${holder.since}). ` +
            `Only one data center may open it: stop that one (kill ${holder.pid}) or set PGLITE_DIR to another folder.`,
        )
      }
      if (holder) onTakeover(holder)
      unlinkSync(lock.path)
    }
    throw new StartupRefusal(`could not take the lock ${lock.path}: another data center is starting on ${dir}`)
  }

  /** Remembers what the folder is now (after PGlite created it), for `watch` and `intact`. */
  pin(): void {
    this.dirIdentity = identity(this.dir)
  }

  /** False once the folder was removed or replaced, or the lock is no longer ours. */
  intact(): boolean {
    if (this.dirIdentity === null || identity(this.dir) !== this.dirIdentity) return false
    return readHolder(this.path)?.pid === process.pid
  }

  /** Checks `intact()` every `everyMs`; calls `onLost` once when it no longer is. */
  watch(onLost: () => void, everyMs = 250): void {
    this.timer = setInterval(() => {
      if (this.intact()) return
      clearInterval(this.timer)
      onLost()
    }, everyMs)
    this.timer.unref()
  }

  release(): void {
    clearInterval(this.timer)
    if (existsSync(this.path) && readHolder(this.path)?.pid === process.pid) unlinkSync(this.path)
  }
}
