import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Bundle, MedicationRequest, Patient, Reference, Resource } from '@medplum/fhirtypes';
import { type ClinicalSettings, ON_NALTREXONE_STATUSES } from '@naltrack/domain';
import type { PreparedExport } from '../adherence-export.service.js';
import { exportedFlags } from '../export-flags.js';
import type { ExportPatient, ExportStart } from '../export-patient.js';
import { appointmentResource, consentResource, observationResource, patientResource } from './clinical-resources.js';
import { flagResource } from './flag-resources.js';
import { medicationEventResource, medicationRequest } from './medication-resources.js';
import { FHIR_BASE, part2Meta } from './part2-labels.js';

/** Every resource of one patient for the period, the Patient first. */
export function patientResources(patient: ExportPatient, prepared: PreparedExport): Resource[] {
  const inPeriod = (day: string) => day >= prepared.from && day <= prepared.to;
  const subject: Reference<Patient> = {
    reference: `Patient/${patient.id}`,
    display: `${patient.givenName} ${patient.familyName}`,
  };
  const latest = patient.starts.at(-1);
  const onNaltrexone = ON_NALTREXONE_STATUSES.includes(patient.status);
  const requestFor = (day: string): Reference<MedicationRequest> | null => {
    let current: ExportStart | null = null;
    for (const start of patient.starts) if (start.startedOn <= day) current = start;
    return current ? { reference: `MedicationRequest/${current.id}` } : null;
  };
  // The starts in force during the period: the last one before it and those within it.
  const lastBefore = patient.starts.filter((s) => s.startedOn < prepared.from).at(-1);
  const starts = patient.starts.filter((s) => s === lastBefore || inPeriod(s.startedOn));
  return [
    patientResource(patient),
    ...starts.map((start) => medicationRequest(start, subject, start === latest && onNaltrexone)),
    ...patient.medicationEvents
      .filter((e) => inPeriod(e.occurredOn))
      .map((e) => medicationEventResource(e, subject, requestFor(e.occurredOn))),
    ...patient.sessions.map((s) => appointmentResource(s, subject)),
    ...patient.observations
      .filter((o) => inPeriod(o.observedOn))
      .map((o) => observationResource(o, subject))
      .filter((o) => o !== null),
    ...patient.consents.map((c) => consentResource(c, subject)),
    ...exportedFlags(patient, prepared).map((flag) => flagResource(flag, patient.id, subject)),
  ];
}

async function* bundleText(patients: AsyncIterable<ExportPatient>, prepared: PreparedExport): AsyncGenerator<string> {
  const head: Bundle = {
    resourceType: 'Bundle',
    id: randomUUID(),
    meta: part2Meta(),
    type: 'collection',
    timestamp: prepared.preparedAt,
  };
  // The bundle's fields, then its entries written one patient at a time.
  yield `${JSON.stringify(head).slice(0, -1)},"entry":[`;
  let separator = '\n';
  for await (const patient of patients) {
    const entries = patientResources(patient, prepared).map((resource) =>
      JSON.stringify({ fullUrl: `${FHIR_BASE}${resource.resourceType}/${resource.id}`, resource }),
    );
    if (entries.length === 0) continue;
    yield `${separator}${entries.join(',\n')}`;
    separator = ',\n';
  }
  yield '\n]}\n';
}

/**
 * A FHIR R4 Bundle of type collection, streamed entry by entry: each patient's Patient,
 * MedicationRequests, administrations, dispenses and statements, Appointments for sessions,
 * Observations, Consents and the caseload's current Flags, every one labelled 42CFRPart2 /
 * restricted with the notice in meta.
 */
export async function writeAdherenceFhir(
  patients: AsyncIterable<ExportPatient>,
  prepared: PreparedExport,
  _settings: ClinicalSettings,
  output: NodeJS.WritableStream,
): Promise<void> {
  await pipeline(Readable.from(bundleText(patients, prepared)), output, { end: false });
}
