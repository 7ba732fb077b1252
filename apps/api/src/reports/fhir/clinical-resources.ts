import type {
  Appointment,
  CodeableConcept,
  Consent,
  Observation,
  ObservationComponent,
  Patient,
  Reference,
} from '@medplum/fhirtypes';
import { isValidPacsItems, pacsTotal, UDS_SUBSTANCE_LABELS, type UdsSubstance } from '@naltrack/domain';
import type { ExportConsent, ExportObservation, ExportPatient, ExportSession } from '../export-patient.js';
import { cueComponents } from './cue-components.js';
import { instrumentResource } from './instrument-resources.js';
import { FHIR_BASE, part2Meta, V3_ACT_CODE } from './part2-labels.js';

const OBSERVATION_KIND = `${FHIR_BASE}CodeSystem/observation-kind`;
const UCUM = 'http://unitsofmeasure.org';

/**
 * Sessions are stored without a length, while an Appointment with a start needs an end (app-2):
 * the usual 50-minute therapy hour is assumed.
 */
const SESSION_MINUTES = 50;

/**
 * In this program's care: not after a stop or a loss to follow-up, nor once a switch handed the
 * patient to another program; a patient this team prescribes the new medication for stays.
 */
function inCare(patient: ExportPatient): boolean {
  if (patient.status === 'switched') return patient.switchedToProgram === null;
  return patient.status !== 'discontinued' && patient.status !== 'lost_to_follow_up';
}

export function patientResource(patient: ExportPatient): Patient {
  return {
    resourceType: 'Patient',
    id: patient.id,
    meta: part2Meta(),
    identifier: [{ use: 'usual', system: `${FHIR_BASE}mrn`, value: patient.mrn }],
    active: inCare(patient),
    name: [{ family: patient.familyName, given: [patient.givenName] }],
    gender: patient.sex,
    birthDate: patient.birthDate,
  };
}

const APPOINTMENT_STATUS: Record<ExportSession['status'], Appointment['status']> = {
  scheduled: 'booked',
  attended: 'fulfilled',
  late: 'fulfilled',
  no_show: 'noshow',
  cancelled_by_patient: 'cancelled',
  cancelled_by_clinic: 'cancelled',
};

export function appointmentResource(session: ExportSession, subject: Reference<Patient>): Appointment {
  const start = new Date(session.scheduledAt);
  const cancelledBy =
    session.status === 'cancelled_by_patient' ? 'pat' : session.status === 'cancelled_by_clinic' ? 'prov' : null;
  return {
    resourceType: 'Appointment',
    id: session.id,
    meta: part2Meta(),
    status: APPOINTMENT_STATUS[session.status],
    serviceType: [{ text: `${session.type.replaceAll('_', ' ')} therapy session` }],
    start: start.toISOString(),
    end: new Date(start.getTime() + SESSION_MINUTES * 60_000).toISOString(),
    minutesDuration: SESSION_MINUTES,
    ...(session.status === 'late' ? { comment: 'The patient arrived late' } : {}),
    ...(cancelledBy
      ? {
          cancelationReason: {
            coding: [
              { system: 'http://terminology.hl7.org/CodeSystem/appointment-cancellation-reason', code: cancelledBy },
            ],
          },
        }
      : {}),
    participant: [{ actor: subject, status: 'accepted' }],
  };
}

const category = (code: 'survey' | 'laboratory' | 'social-history'): CodeableConcept[] => [
  { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/observation-category', code }] },
];
const kind = (code: string, display: string): CodeableConcept => ({
  coding: [{ system: OBSERVATION_KIND, code, display }],
  text: display,
});
const CUE = kind('craving-cue', 'Craving cue');
const screenResult = (result: string): CodeableConcept => ({
  coding: [
    {
      system: 'http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation',
      code: result === 'positive' ? 'POS' : 'NEG',
      display: result === 'positive' ? 'Positive' : 'Negative',
    },
  ],
});

/** An observation with its value as FHIR types it; null for one without a usable value. */
export function observationResource(o: ExportObservation, subject: Reference<Patient>): Observation | null {
  const base = {
    resourceType: 'Observation' as const,
    id: o.id,
    meta: part2Meta(),
    status: 'final' as const,
    subject,
    effectiveDateTime: o.observedOn,
  };
  switch (o.kind) {
    case 'pacs': {
      if (!o.items || !isValidPacsItems(o.items)) return null;
      const component: ObservationComponent[] = [
        ...o.items.map((score, i) => ({
          code: kind(`pacs-item-${i + 1}`, `PACS item ${i + 1}`),
          valueInteger: score,
        })),
        ...cueComponents(o.cues, CUE),
      ];
      return {
        ...base,
        category: category('survey'),
        code: kind('pacs', 'Penn Alcohol Craving Scale total'),
        valueInteger: pacsTotal(o.items),
        component,
      };
    }
    case 'craving_vas':
      return o.value === null
        ? null
        : {
            ...base,
            category: category('survey'),
            code: kind('craving-vas', 'Craving visual analogue scale (0-100)'),
            valueInteger: Math.round(o.value),
            ...(o.cues?.length ? { component: cueComponents(o.cues, CUE) } : {}),
          };
    case 'uds':
      return {
        ...base,
        category: category('laboratory'),
        code: kind('urine-drug-screen', 'Urine drug screen'),
        component: Object.entries(o.results ?? {}).map(([substance, result]) => ({
          code: kind(`uds-${substance}`, UDS_SUBSTANCE_LABELS[substance as UdsSubstance] ?? substance),
          valueCodeableConcept: screenResult(result),
        })),
      };
    case 'breath_alcohol':
      return o.value === null
        ? null
        : {
            ...base,
            category: category('laboratory'),
            code: kind('breath-alcohol', 'Breath alcohol concentration'),
            valueQuantity: { value: o.value, unit: 'g/dL', system: UCUM, code: 'g/dL' },
          };
    case 'drinks':
      return {
        ...base,
        category: category('social-history'),
        code: kind('drinks-per-day', 'Standard drinks that day'),
        valueInteger: Math.round(o.value ?? 0),
      };
    case 'self_reported_use':
      return {
        ...base,
        category: category('social-history'),
        code: kind('self-reported-use', 'Self-reported substance use'),
        valueString: `${o.substance ?? 'unspecified'}${o.value ? ` (amount ${o.value})` : ''}`,
      };
    case 'phq9':
    case 'gad7':
    case 'audit_c':
    case 'bam':
      return instrumentResource({ ...o, kind: o.kind }, subject);
  }
}

/** A Part 2 consent: the patient permits disclosure of named record groups to a recipient for a purpose. */
export function consentResource(consent: ExportConsent, subject: Reference<Patient>): Consent {
  return {
    resourceType: 'Consent',
    id: consent.id,
    meta: part2Meta(),
    status: consent.inForce ? 'active' : 'inactive',
    scope: {
      coding: [{ system: 'http://terminology.hl7.org/CodeSystem/consentscope', code: 'patient-privacy' }],
    },
    category: [{ coding: [{ system: 'http://loinc.org', code: '59284-0', display: 'Patient Consent' }] }],
    patient: subject,
    dateTime: consent.createdAt,
    policyRule: { coding: [{ system: V3_ACT_CODE, code: '42CFRPart2' }] },
    provision: {
      type: 'permit',
      period: { start: consent.effectiveOn, end: consent.revokedAt ?? consent.expiresOn },
      actor: [
        {
          role: {
            coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-ParticipationType', code: 'IRCP' }],
          },
          reference: { display: consent.recipient },
        },
      ],
      purpose: [{ system: `${FHIR_BASE}CodeSystem/disclosure-purpose`, display: consent.purpose }],
      class: consent.scope.map((group) => ({ system: `${FHIR_BASE}CodeSystem/consent-scope`, code: group })),
    },
  };
}
