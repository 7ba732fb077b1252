import { AuditEvent } from '../audit/audit-event.entity.js';
import { ApiToken } from '../auth/api-token.entity.js';
import { BreakGlassAccess } from '../auth/break-glass-access.entity.js';
import { RateLimit } from '../auth/rate-limit.entity.js';
import { RateLimitWindow } from '../auth/rate-limit-window.entity.js';
import { Session } from '../auth/session.entity.js';
import { CareTeam } from '../care-teams/care-team.entity.js';
import { CaseReviewItem } from '../case-review/case-review-item.entity.js';
import { PatientSummaryRow } from '../caseload/patient-summary.entity.js';
import { CareTeamMembership } from '../clinicians/care-team-membership.entity.js';
import { Clinician } from '../clinicians/clinician.entity.js';
import { Consent } from '../consents/consent.entity.js';
import { Disclosure } from '../disclosures/disclosure.entity.js';
import { DisclosurePatient } from '../disclosures/disclosure-patient.entity.js';
import { DiscontinuationDecision } from '../discontinuation/discontinuation-decision.entity.js';
import { DiscontinuationRequest } from '../discontinuation/discontinuation-request.entity.js';
import { StopResolution } from '../discontinuation/stop-resolution.entity.js';
import { ExportChunk } from '../exports/export-chunk.entity.js';
import { ExportJob } from '../exports/export-job.entity.js';
import { MedicationEvent } from '../medication/medication-event.entity.js';
import { NaltrexoneStart } from '../medication/naltrexone-start.entity.js';
import { Observation } from '../observations/observation.entity.js';
import { FlagAcknowledgement } from '../outreach/flag-acknowledgement.entity.js';
import { OutreachAttempt } from '../outreach/outreach-attempt.entity.js';
import { OutreachRuleRow } from '../outreach/outreach-rule.entity.js';
import { OutreachTask } from '../outreach/outreach-task.entity.js';
import { Patient } from '../patients/patient.entity.js';
import { PatientTransfer } from '../patients/patient-transfer.entity.js';
import { RelapseEvent } from '../relapses/relapse-event.entity.js';
import { SafetyAssessment } from '../safety/safety-assessment.entity.js';
import { TherapySession } from '../therapy/therapy-session.entity.js';

/** Every entity, listed once for the app and the migration CLI alike. */
export const ENTITIES = [
  CareTeam,
  Clinician,
  CareTeamMembership,
  Patient,
  PatientTransfer,
  NaltrexoneStart,
  MedicationEvent,
  TherapySession,
  Observation,
  RelapseEvent,
  SafetyAssessment,
  PatientSummaryRow,
  Session,
  ApiToken,
  RateLimit,
  RateLimitWindow,
  BreakGlassAccess,
  Consent,
  AuditEvent,
  DiscontinuationRequest,
  DiscontinuationDecision,
  StopResolution,
  OutreachTask,
  OutreachAttempt,
  OutreachRuleRow,
  FlagAcknowledgement,
  CaseReviewItem,
  Disclosure,
  DisclosurePatient,
  ExportJob,
  ExportChunk,
];
