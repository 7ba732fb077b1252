import type { ClinicalDate } from '@naltrack/domain';
import type { AuditFilters } from './audit';
import type { CaseloadFilters } from './caseload';
import type { MeasuresFilters } from './measures';

/**
 * Every TanStack Query key in one table, so invalidation after a write can name exactly what it
 * touched (e.g. `queryKeys.careTeams.all` after a patient moves team).
 */
const authAll = ['auth'] as const;
const careTeamsAll = ['care-teams'] as const;
const caseloadAll = ['caseload'] as const;
const patientsAll = ['patients'] as const;
const cliniciansAll = ['clinicians'] as const;
const auditAll = ['audit'] as const;
const approvalsAll = ['approvals'] as const;
const measuresAll = ['measures'] as const;
const exportsAll = ['exports'] as const;
const caseReviewAll = ['case-review'] as const;

export const queryKeys = {
  health: ['health'] as const,
  /** `GET /clinical-settings`: the thresholds the clinic's rules run with. */
  clinicalSettings: ['clinical-settings'] as const,
  auth: {
    all: authAll,
    /** `GET /auth/me`: the signed-in user, or null. Survives a sign-out; everything else is dropped. */
    currentUser: [...authAll, 'current-user'] as const,
  },
  careTeams: {
    all: careTeamsAll,
    list: () => [...careTeamsAll, 'list'] as const,
    members: (careTeamId: string) => [...careTeamsAll, 'members', careTeamId] as const,
  },
  caseload: {
    all: caseloadAll,
    list: (filters: CaseloadFilters) => [...caseloadAll, 'list', filters] as const,
  },
  approvals: {
    all: approvalsAll,
    /** Requests awaiting the user's decision: the inbox and the nav badge share it. */
    inbox: () => [...approvalsAll, 'inbox'] as const,
  },
  /** `GET /today`: the signed-in clinician's worklist. */
  today: ['today'] as const,
  caseReview: {
    all: caseReviewAll,
    agenda: (careTeamId: string, on: ClinicalDate) => [...caseReviewAll, 'agenda', careTeamId, on] as const,
  },
  measures: {
    all: measuresAll,
    report: (filters: MeasuresFilters) => [...measuresAll, 'report', filters] as const,
    patients: (filters: MeasuresFilters, measure: string) => [...measuresAll, 'patients', filters, measure] as const,
  },
  clinicians: {
    all: cliniciansAll,
    list: () => [...cliniciansAll, 'list'] as const,
  },
  audit: {
    all: auditAll,
    events: (filters: AuditFilters) => [...auditAll, 'events', filters] as const,
    verification: () => [...auditAll, 'verification'] as const,
  },
  /** Background exports: the user's recent ones and each polled job. */
  exports: {
    all: exportsAll,
    list: () => [...exportsAll, 'list'] as const,
    detail: (id: string) => [...exportsAll, id] as const,
    /** Patients matching a name or MRN, to pick whom a report covers. */
    patientOptions: (q: string) => [...exportsAll, 'patient-options', q] as const,
  },
  /** Everything about one patient sits under `detail(id)`, so a write can refresh it all at once. */
  patients: {
    all: patientsAll,
    detail: (id: string) => [...patientsAll, id] as const,
    adherence: (id: string) => [...patientsAll, id, 'adherence'] as const,
    timeline: (id: string) => [...patientsAll, id, 'timeline'] as const,
    medicationEvents: (id: string) => [...patientsAll, id, 'medication-events'] as const,
    observations: (id: string) => [...patientsAll, id, 'observations'] as const,
    relapses: (id: string) => [...patientsAll, id, 'relapses'] as const,
    therapySessions: (id: string) => [...patientsAll, id, 'therapy-sessions'] as const,
    discontinuationRequests: (id: string) => [...patientsAll, id, 'discontinuation-requests'] as const,
    outreachTasks: (id: string) => [...patientsAll, id, 'outreach-tasks'] as const,
    flagAcknowledgements: (id: string) => [...patientsAll, id, 'flag-acknowledgements'] as const,
  },
};
