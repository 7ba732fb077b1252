import type { Logger } from 'pino';

const number = new Intl.NumberFormat('en-US');

function duration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  return s >= 60 ? `${Math.floor(s / 60)} min ${s % 60} s` : `${s} s`;
}

/** Progress lines of a bulk load: patients and events done, the event rate and the time left. */
export class BulkProgress {
  private readonly startedAt = Date.now();
  patients = 0;
  events = 0;

  constructor(
    private readonly total: number,
    private readonly logger: Logger,
  ) {}

  add(patients: number, events: number): void {
    this.patients += patients;
    this.events += events;
    const seconds = (Date.now() - this.startedAt) / 1000;
    const rate = seconds > 0 ? this.events / seconds : 0;
    const eta = this.patients > 0 ? (seconds * (this.total - this.patients)) / this.patients : 0;
    this.logger.info(
      { patients: this.patients, total: this.total, events: this.events, eventsPerSecond: Math.round(rate) },
      `bulk seed: ${number.format(this.patients)}/${number.format(this.total)} patients, ` +
        `${number.format(this.events)} events (${number.format(Math.round(rate))} events/s), ETA ${duration(eta)}`,
    );
  }

  get elapsedMs(): number {
    return Date.now() - this.startedAt;
  }
}
