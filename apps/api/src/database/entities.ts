import { CareTeam } from '../care-teams/care-team.entity.js';
import { PatientSummaryRow } from '../caseload/patient-summary.entity.js';
import { CareTeamMembership } from '../clinicians/care-team-membership.entity.js';
import { Clinician } from '../clinicians/clinician.entity.js';
import { MedicationEvent } from '../medication/medication-event.entity.js';
import { NaltrexoneStart } from '../medication/naltrexone-start.entity.js';
import { Observation } from '../observations/observation.entity.js';
import { Patient } from '../patients/patient.entity.js';
import { RelapseEvent } from '../relapses/relapse-event.entity.js';
import { TherapySession } from '../therapy/therapy-session.entity.js';

/** Every entity, listed once for the app and the migration CLI alike. */
export const ENTITIES = [
  CareTeam,
  Clinician,
  CareTeamMembership,
  Patient,
  NaltrexoneStart,
  MedicationEvent,
  TherapySession,
  Observation,
  RelapseEvent,
  PatientSummaryRow,
];
