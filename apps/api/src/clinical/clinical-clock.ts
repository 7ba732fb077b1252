import { type ClinicalDate, clinicalDateOf } from '@naltrack/domain';
import { Inject, Injectable } from '@nestjs/common';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/runtime-config.js';

/**
 * The clinic's clock: the instant and the day clinical rules count from. CLINICAL_NOW holds it at
 * one instant, so tests give the same answer on every day of the year.
 */
@Injectable()
export class ClinicalClock {
  constructor(@Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'clinicalNow' | 'clinicTimeZone'>) {}

  now(): Date {
    return this.config.clinicalNow ? new Date(this.config.clinicalNow) : new Date();
  }

  /** Today's date in the clinic's time zone. */
  today(): ClinicalDate {
    return this.dayOf(this.now());
  }

  /** The clinic day of an instant. */
  dayOf(instant: Date): ClinicalDate {
    return clinicalDateOf(instant, this.config.clinicTimeZone);
  }
}
