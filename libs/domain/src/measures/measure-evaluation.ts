import { type ClinicalSettings, DEFAULT_CLINICAL_SETTINGS } from '../clinical-settings.js';
import { continuityMeasure } from './continuity-measure.js';
import { earlyRelapseMeasure } from './early-relapse-measure.js';
import { ietEngagementMeasure, ietInitiationMeasure } from './iet-measures.js';
import type { PatientMeasureId } from './measure-catalog.js';
import type { MeasureOutcome, MeasurePatient, MeasurePeriod } from './measure-types.js';
import { measurementBasedCareMeasure } from './measurement-based-care-measure.js';
import { pdcMeasure } from './pdc-measure.js';
import { retentionMeasure } from './retention-measure.js';

/**
 * One patient's outcome on one measure: the single definition of each. Outreach measures count
 * tasks, not patients: outreach-measures.ts.
 */
export function evaluateMeasure(
  id: PatientMeasureId,
  patient: MeasurePatient,
  period: MeasurePeriod,
  settings: ClinicalSettings = DEFAULT_CLINICAL_SETTINGS,
): MeasureOutcome {
  switch (id) {
    case 'pdc_80':
      return pdcMeasure(patient, period, settings);
    case 'pod_180':
      return continuityMeasure(patient, period, settings);
    case 'retention_90':
      return retentionMeasure(90, patient, period, settings);
    case 'retention_180':
      return retentionMeasure(180, patient, period, settings);
    case 'early_relapse':
      return earlyRelapseMeasure(patient, period, settings);
    case 'iet_initiation':
      return ietInitiationMeasure(patient, period, settings);
    case 'iet_engagement':
      return ietEngagementMeasure(patient, period, settings);
    case 'measurement_based_care':
      return measurementBasedCareMeasure(patient, period);
  }
}
