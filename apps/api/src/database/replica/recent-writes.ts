import { Injectable } from '@nestjs/common';

/**
 * When each clinician last wrote through this instance (in memory: each instance knows only the
 * writes it served). Bounded by the number of clinicians.
 */
@Injectable()
export class RecentWrites {
  private readonly lastWriteAt = new Map<string, number>();

  record(clinicianId: string): void {
    this.lastWriteAt.set(clinicianId, Date.now());
  }

  /** Whether the clinician wrote at or after the instant (ms since the epoch). */
  since(clinicianId: string, instant: number): boolean {
    const at = this.lastWriteAt.get(clinicianId);
    if (at === undefined) return false;
    if (at >= instant) return true;
    this.lastWriteAt.delete(clinicianId);
    return false;
  }
}
