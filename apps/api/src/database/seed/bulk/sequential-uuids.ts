/**
 * Time-ordered UUIDs (version 7 layout: start time in milliseconds, then a counter) for rows
 * written in bulk. Each new id sorts after the last, so primary-key and (patient_id, ...) indexes
 * grow at their right edge instead of splitting pages all over a 10-million-row table.
 */
export class SequentialUuids {
  private readonly prefix: string;
  private counter = 0;

  constructor(startedAtMs = Date.now()) {
    const ms = startedAtMs.toString(16).padStart(12, '0').slice(-12);
    this.prefix = `${ms.slice(0, 8)}-${ms.slice(8, 12)}`;
  }

  next(): string {
    const c = (this.counter++).toString(16).padStart(18, '0');
    // Version nibble 7, variant bits 10.
    return `${this.prefix}-7${c.slice(0, 3)}-8${c.slice(3, 6)}-${c.slice(6)}`;
  }
}
