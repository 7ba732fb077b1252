import type {
  CodeableConcept,
  MedicationAdministration,
  MedicationDispense,
  MedicationRequest,
  MedicationStatement,
  Patient,
  Reference,
} from '@medplum/fhirtypes';
import type { Formulation } from '@naltrack/domain';
import type { ExportMedicationEvent, ExportStart } from '../export-patient.js';
import { part2Meta } from './part2-labels.js';

const UCUM = 'http://unitsofmeasure.org';

/** RxNorm's naltrexone ingredient, with the formulation in words. */
export function naltrexone(formulation: Formulation): CodeableConcept {
  return {
    coding: [{ system: 'http://www.nlm.nih.gov/research/umls/rxnorm', code: '7243', display: 'naltrexone' }],
    text:
      formulation === 'xr_injection'
        ? 'Naltrexone extended-release injectable suspension (XR-NTX)'
        : 'Naltrexone oral tablet',
  };
}

export function medicationRequest(start: ExportStart, subject: Reference<Patient>, active: boolean): MedicationRequest {
  const xr = start.formulation === 'xr_injection';
  return {
    resourceType: 'MedicationRequest',
    id: start.id,
    meta: part2Meta(),
    status: active ? 'active' : 'stopped',
    intent: 'order',
    medicationCodeableConcept: naltrexone(start.formulation),
    subject,
    authoredOn: start.startedOn,
    dosageInstruction: [
      {
        text: xr
          ? `${start.doseMg} mg intramuscular every 4 weeks`
          : `${start.doseMg} mg by mouth daily${start.isReinduction ? ' (re-induction)' : ''}`,
        route: { text: xr ? 'intramuscular' : 'oral' },
      },
    ],
  };
}

type MedicationResource = MedicationAdministration | MedicationDispense | MedicationStatement;

/**
 * A medication event as FHIR records it: injections and observed doses were administered, a
 * dispense was dispensed, a self-reported or missed dose is the patient's statement, a refusal an
 * administration not done.
 */
export function medicationEventResource(
  event: ExportMedicationEvent,
  subject: Reference<Patient>,
  request: Reference<MedicationRequest> | null,
): MedicationResource {
  const medicationCodeableConcept = naltrexone(event.formulation);
  const base = { id: event.id, meta: part2Meta(), subject, medicationCodeableConcept };
  const dose = event.doseMg === null ? undefined : { value: event.doseMg, unit: 'mg', system: UCUM, code: 'mg' };
  const route = { text: event.formulation === 'xr_injection' ? 'intramuscular' : 'oral' };
  switch (event.kind) {
    case 'dispensed':
      return {
        ...base,
        resourceType: 'MedicationDispense',
        status: 'completed',
        whenHandedOver: event.occurredOn,
        ...(event.daysSupply ? { daysSupply: { value: event.daysSupply, unit: 'days', system: UCUM, code: 'd' } } : {}),
        ...(request ? { authorizingPrescription: [request] } : {}),
      };
    case 'taken':
      if (!event.observed) {
        return {
          ...base,
          resourceType: 'MedicationStatement',
          status: 'completed',
          effectiveDateTime: event.occurredOn,
          informationSource: subject,
          ...(request ? { basedOn: [request] } : {}),
        };
      }
      break;
    case 'missed':
      return {
        ...base,
        resourceType: 'MedicationStatement',
        status: 'not-taken',
        statusReason: [{ text: 'Dose missed' }],
        effectiveDateTime: event.occurredOn,
        ...(request ? { basedOn: [request] } : {}),
      };
    case 'refused':
      return {
        ...base,
        resourceType: 'MedicationAdministration',
        status: 'not-done',
        statusReason: [{ text: 'Refused by the patient' }],
        effectiveDateTime: event.occurredOn,
        ...(request ? { request } : {}),
      };
  }
  // Administered injections and observed doses.
  const notes = [event.lot && `Lot ${event.lot}`, event.observed && 'Observed by staff'].filter(Boolean).join('; ');
  return {
    ...base,
    resourceType: 'MedicationAdministration',
    status: 'completed',
    effectiveDateTime: event.occurredOn,
    ...(request ? { request } : {}),
    dosage: { route, ...(event.site ? { site: { text: event.site } } : {}), ...(dose ? { dose } : {}) },
    ...(notes ? { note: [{ text: notes }] } : {}),
  };
}
