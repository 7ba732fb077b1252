import { InitialSchema1795569310480 } from './1795569310480-initial-schema.js';
import { ClinicalCore1795570580794 } from './1795570580794-clinical-core.js';
import { IdentityAccessAudit1795571552470 } from './1795571552470-identity-access-audit.js';
import { Discontinuation1795573381494 } from './1795573381494-discontinuation.js';
import { TeamLeadApproval1795577215133 } from './1795577215133-team-lead-approval.js';
import { ExportJobs1795579282696 } from './1795579282696-export-jobs.js';
import { Disclosures1795579685553 } from './1795579685553-disclosures.js';
import { CaseloadKeysetIndexes1795580060392 } from './1795580060392-caseload-keyset-indexes.js';
import { CaseloadCounts1795580060393 } from './1795580060393-caseload-counts.js';
import { RelapseLastUse1795591000000 } from './1795591000000-relapse-last-use.js';
import { TotpLastStep1795593000000 } from './1795593000000-totp-last-step.js';
import { AuditHashAlg1795594000000 } from './1795594000000-audit-hash-alg.js';
import { PatientTransfers1795595000000 } from './1795595000000-patient-transfers.js';
import { TokenExpiryExportPatients1795596000000 } from './1795596000000-token-expiry-export-patients.js';
import { RequestRateLimit1795597000000 } from './1795597000000-request-rate-limit.js';
import { SessionDropTotpSetup1795598000000 } from './1795598000000-session-drop-totp-setup.js';
import { Outreach1796419900018 } from './1796419900018-outreach.js';
import { TodayIndexes1796420373022 } from './1796420373022-today-indexes.js';
import { TodayListOrder1796511622825 } from './1796511622825-today-list-order.js';
import { MedicationSwitch1796512264530 } from './1796512264530-medication-switch.js';
import { ObservationInstruments1796512444150 } from './1796512444150-observation-instruments.js';
import { RequestRateLimitUnlogged1796512569591 } from './1796512569591-request-rate-limit-unlogged.js';
import { CravingCuesAndCopingSkills1796513783468 } from './1796513783468-craving-cues-and-coping-skills.js';
import { SafetyAssessment1796513787343 } from './1796513787343-safety-assessment.js';
import { CaseloadSwitchTarget1796523642639 } from './1796523642639-caseload-switch-target.js';
import { TodayLeadApprovals1796524125417 } from './1796524125417-today-lead-approvals.js';
import { PatientLastVisit1796575644332 } from './1796575644332-patient-last-visit.js';
import { PendingRequestsIndexOnly1796576093247 } from './1796576093247-pending-requests-index-only.js';

/** Every migration, oldest first. Written by scripts/generate-migration.js. */
export const MIGRATIONS = [
  InitialSchema1795569310480,
  ClinicalCore1795570580794,
  IdentityAccessAudit1795571552470,
  Discontinuation1795573381494,
  TeamLeadApproval1795577215133,
  ExportJobs1795579282696,
  Disclosures1795579685553,
  CaseloadKeysetIndexes1795580060392,
  CaseloadCounts1795580060393,
  RelapseLastUse1795591000000,
  TotpLastStep1795593000000,
  AuditHashAlg1795594000000,
  PatientTransfers1795595000000,
  TokenExpiryExportPatients1795596000000,
  RequestRateLimit1795597000000,
  SessionDropTotpSetup1795598000000,
  Outreach1796419900018,
  TodayIndexes1796420373022,
  TodayListOrder1796511622825,
  MedicationSwitch1796512264530,
  ObservationInstruments1796512444150,
  RequestRateLimitUnlogged1796512569591,
  CravingCuesAndCopingSkills1796513783468,
  SafetyAssessment1796513787343,
  CaseloadSwitchTarget1796523642639,
  TodayLeadApprovals1796524125417,
  PatientLastVisit1796575644332,
  PendingRequestsIndexOnly1796576093247,
];
