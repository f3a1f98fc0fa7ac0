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
