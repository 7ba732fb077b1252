import { type ClinicalDate, clinicalDateOf } from '@naltrack/domain';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type RuntimeConfig } from '../config/runtime-config.js';

/** Today's date in the clinic's time zone: the day clinical rules count from. */
@Injectable()
export class ClinicalClock {
  constructor(@Inject(APP_CONFIG) private readonly config: RuntimeConfig) {}

  today(): ClinicalDate {
    return clinicalDateOf(new Date(), this.config.clinicTimeZone);
  }

  /** The clinic day of an instant. */
  dayOf(instant: Date): ClinicalDate {
    return clinicalDateOf(instant, this.config.clinicTimeZone);
  }
}
