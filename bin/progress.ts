/** A progress line on stderr when it is a terminal; silent otherwise. Never touches stdout. */
export class Progress {
  private readonly enabled: boolean;
  private readonly started = Date.now();
  private lastDraw = 0;

  constructor(
    private readonly total: number,
    private readonly label: string,
    stream: NodeJS.WriteStream = process.stderr,
    private readonly out = stream,
  ) {
    this.enabled = Boolean(stream.isTTY) && total > 0;
  }

  update(done: number, note = ''): void {
    if (!this.enabled) return;
    const now = Date.now();
    if (done < this.total && now - this.lastDraw < 100) return;
    this.lastDraw = now;
    const elapsed = (now - this.started) / 1000;
    const rate = elapsed > 0 ? done / elapsed : 0;
    const left = rate > 0 ? (this.total - done) / rate : NaN;
    const width = 24;
    const filled = Math.round((done / this.total) * width);
    const bar = `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`;
    const line = `${bar} ${done}/${this.total} ${this.label}${note ? ` (${note})` : ''}  ${rate.toFixed(1)}/s  ${Number.isFinite(left) ? `${formatDuration(left)} left` : ''}`;
    // A line wider than the terminal wraps, and "\r" then redraws only its last row: cut it to fit.
    const columns = this.out.columns;
    this.out.write(`\r${columns !== undefined && columns > 1 ? [...line].slice(0, columns - 1).join('') : line}\x1b[K`);
  }

  finish(): void {
    if (this.enabled) this.out.write('\r\x1b[K');
  }
}

export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const m = Math.floor(s / 60);
  const h = Math.floor(m / 60);
  return h > 0 ? `${h}h${String(m % 60).padStart(2, '0')}m` : `${m}:${String(s % 60).padStart(2, '0')}`;
}
