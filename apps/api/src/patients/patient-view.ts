import type { PatientSummaryRow } from '../caseload/patient-summary.entity.js';
import type { PatientMetricsDto, PatientViewDto } from './dto/patient-view.dto.js';
import type { Patient } from './patient.entity.js';

export function toPatientMetrics(row: PatientSummaryRow): PatientMetricsDto {
  return {
    asOf: row.asOf,
    formulation: row.formulation,
    startedOn: row.startedOn,
    daysOnNaltrexone: row.daysOnNaltrexone,
    pdc30: row.pdc30,
    pdc90: row.pdc90,
    lastDoseOn: row.lastDoseOn,
    injection: { lastOn: row.injectionLastOn, dueOn: row.injectionDueOn, status: row.injectionStatus },
    attendanceRate90: row.attendanceRate90,
    lastSessionOn: row.lastSessionOn,
    latestPacs: row.latestPacs,
    lastRelapseOn: row.lastRelapseOn,
    lastRelapseUseOn: row.lastRelapseUseOn,
    relapseOngoing: row.relapseOngoing,
    earlyRelapse: row.earlyRelapse,
    flags: row.flags,
  };
}

export function toPatientView(patient: Patient, summary: PatientSummaryRow | null): PatientViewDto {
  return {
    id: patient.id,
    mrn: patient.mrn,
    givenName: patient.givenName,
    familyName: patient.familyName,
    birthDate: patient.birthDate,
    sex: patient.sex,
    diagnoses: patient.diagnoses,
    careTeamId: patient.careTeamId,
    status: patient.status,
    enrolledOn: patient.enrolledOn,
    createdAt: patient.createdAt,
    updatedAt: patient.updatedAt,
    metrics: summary ? toPatientMetrics(summary) : null,
  };
}
