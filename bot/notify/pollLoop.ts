/**
 * Runs passes one after the other: at once again after a pass that found work or while one was asked for with
 * `wake`, otherwise after the poll interval. A pass is told whether it was woken (something new is due).
 */
export class PollLoop {
  private loop?: Promise<void>;
  private stopRequested = false;
  private wakeRequested = false;
  private wakeUp?: () => void;

  constructor(
    /** Answers how much work it found; must not throw. */
    private readonly pass: (woken: boolean) => Promise<number>,
    private readonly intervalMs: number,
  ) {}

  /** Since the last `stop`, until the next `start`: passes under way end early. */
  get stopping(): boolean {
    return this.stopRequested;
  }

  start(): void {
    if (this.loop) return;
    this.stopRequested = false;
    this.loop = this.run();
  }

  /** Something new is due: look now rather than after the poll interval. */
  wake(): void {
    this.wakeRequested = true;
    this.wakeUp?.();
  }

  /** Starts no more passes; resolves when the one under way has ended. */
  async stop(): Promise<void> {
    this.stopRequested = true;
    this.wakeUp?.();
    await this.loop;
    this.loop = undefined;
  }

  private async run(): Promise<void> {
    while (!this.stopRequested) {
      const woken = this.wakeRequested;
      this.wakeRequested = false;
      const found = await this.pass(woken);
      if (!this.stopRequested && found === 0 && !this.wakeRequested) await this.idle();
    }
  }

  private idle(): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.wakeUp = undefined;
        resolve();
      };
      const timer = setTimeout(done, this.intervalMs);
      this.wakeUp = done;
    });
  }
}
