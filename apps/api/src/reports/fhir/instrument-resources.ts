import type { CodeableConcept, Observation, ObservationComponent, Patient, Reference } from '@medplum/fhirtypes';
import {
  INSTRUMENT_BAND_LABELS,
  INSTRUMENT_LABELS,
  INSTRUMENT_SCALES,
  type InstrumentKind,
  type InstrumentScore,
  itemsProblem,
} from '@naltrack/domain';
import { FHIR_BASE, part2Meta } from './part2-labels.js';

const LOINC = 'http://loinc.org';
/** Naltrack's own codes where LOINC has none: the BAM, its subscores, and each instrument's items. */
const INSTRUMENT_CODES = `${FHIR_BASE}CodeSystem/instrument`;
const BAND_CODES = `${FHIR_BASE}CodeSystem/instrument-band`;

const local = (code: string, display: string): CodeableConcept => ({
  coding: [{ system: INSTRUMENT_CODES, code, display }],
  text: display,
});

/** The LOINC code of each total score; the BAM has no total and no LOINC code. */
const TOTAL_CODES: Record<InstrumentKind, CodeableConcept> = {
  phq9: {
    coding: [
      { system: LOINC, code: '44261-6', display: 'Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]' },
    ],
    text: 'PHQ-9 total score',
  },
  gad7: {
    coding: [
      {
        system: LOINC,
        code: '70274-6',
        display: 'Generalized anxiety disorder 7 item (GAD-7) total score [Reported.PHQ]',
      },
    ],
    text: 'GAD-7 total score',
  },
  audit_c: {
    coding: [{ system: LOINC, code: '75626-2', display: 'Total score [AUDIT-C]' }],
    text: 'AUDIT-C total score',
  },
  bam: local('bam', 'Brief Addiction Monitor (BAM)'),
};

export interface InstrumentObservation {
  id: string;
  kind: InstrumentKind;
  observedOn: string;
  items: number[] | null;
  score: InstrumentScore | null;
}

/**
 * An instrument as a survey Observation: the total (LOINC coded) as its value with the band as
 * interpretation, the BAM's use, risk and protective scores and every item as components.
 * Null for a row whose items or score are missing.
 */
export function instrumentResource(o: InstrumentObservation, subject: Reference<Patient>): Observation | null {
  const { items, score } = o;
  if (!items || !score || itemsProblem(INSTRUMENT_SCALES[o.kind], items) !== null) return null;
  const label = INSTRUMENT_LABELS[o.kind];
  const component: ObservationComponent[] = [
    ...Object.entries(score.subscores).map(([name, value]) => ({
      code: local(`${o.kind}-${name}`, `${label} ${name} score`),
      valueInteger: value,
    })),
    ...items.map((value, i) => ({
      code: local(`${o.kind}-item-${i + 1}`, `${label} item ${i + 1}`),
      valueInteger: value,
    })),
  ];
  return {
    resourceType: 'Observation',
    id: o.id,
    meta: part2Meta(),
    status: 'final',
    category: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/observation-category', code: 'survey' }] }],
    code: TOTAL_CODES[o.kind],
    subject,
    effectiveDateTime: o.observedOn,
    ...(score.total === null ? {} : { valueInteger: score.total }),
    ...(score.band
      ? {
          interpretation: [
            {
              coding: [{ system: BAND_CODES, code: score.band, display: INSTRUMENT_BAND_LABELS[score.band] }],
              text: INSTRUMENT_BAND_LABELS[score.band] ?? score.band,
            },
          ],
        }
      : {}),
    component,
  };
}
