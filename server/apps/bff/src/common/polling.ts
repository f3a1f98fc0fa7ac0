import type { OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common'

/**
 * A round of work run again and again, `ms` after the previous round ended, until stopped; never
 * two rounds at once. Nothing is scheduled that a restart would lose: each round asks the data
 * center what is due.
 */
export class Polling {
  private timer: NodeJS.Timeout | null = null
  private running: Promise<unknown> | null = null
  private stopped = false

  constructor(
    private readonly round: () => Promise<unknown>,
    private readonly ms: number,
  ) {}

  start(): void {
    this.schedule()
  }

  /** Stops scheduling and waits for a round under way. */
  async stop(): Promise<void> {
    this.stopped = true
    if (this.timer) clearTimeout(this.timer)
    await this.running
  }

  private schedule(): void {
    if (this.stopped) return
    this.timer = setTimeout(() => {
      this.running = this.round().finally(() => {
        this.running = null
        this.schedule()
      })
    }, this.ms)
    this.timer.unref()
  }
}

/**
 * A service whose work is such a round: it starts with the app and stops with it (waiting for a
 * round under way). Subclasses say what a round is and how often it runs.
 */
export abstract class PolledService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly polling: Polling

  protected constructor(ms: number) {
    this.polling = new Polling(() => this.round(), ms)
  }

  protected abstract round(): Promise<unknown>

  onApplicationBootstrap(): void {
    this.polling.start()
  }

  onApplicationShutdown(): Promise<void> {
    return this.polling.stop()
  }
}
