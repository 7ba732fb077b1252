import { apiClient } from './api-client';
import type { ApiSchema } from './api-schemas';

/** A clinician as outreach names them. */
export type OutreachPerson = ApiSchema<'ClinicianRefDto'>;

/** One try at reaching the patient. */
export type OutreachAttempt = ApiSchema<'OutreachAttemptViewDto'>;

/** A task with its attempts, oldest first; `overdue` is open and due before today. */
export type OutreachTask = ApiSchema<'OutreachTaskViewDto'>;

export type FlagAcknowledgement = ApiSchema<'FlagAcknowledgementViewDto'>;

/** `POST /patients/:id/outreach-tasks`: the assignee must be an active member of the patient's team. */
export type NewOutreachTask = ApiSchema<'CreateOutreachTaskDto'>;

/** `POST /outreach-tasks/:id/attempts`. */
export type NewOutreachAttempt = ApiSchema<'RecordOutreachAttemptDto'>;

/** `POST /outreach-tasks/:id/resolve`: `flag_cleared` is the system's alone. */
export type OutreachResolutionBody = ApiSchema<'ResolveOutreachTaskDto'>;

/** `POST /patients/:id/flag-acknowledgements`: the flag shows muted through `untilOn`. */
export type NewFlagAcknowledgement = ApiSchema<'CreateFlagAcknowledgementDto'>;

const patientPath = (patientId: string, rest: string) => `/patients/${encodeURIComponent(patientId)}/${rest}`;
const taskPath = (taskId: string, rest: string) => `/outreach-tasks/${encodeURIComponent(taskId)}/${rest}`;

/** Open tasks first by due day, then done ones newest first. */
export function getPatientOutreachTasks(patientId: string, signal?: AbortSignal): Promise<OutreachTask[]> {
  return apiClient.get<OutreachTask[]>(patientPath(patientId, 'outreach-tasks'), { signal });
}

export function createOutreachTask(patientId: string, task: NewOutreachTask): Promise<OutreachTask> {
  return apiClient.post<OutreachTask>(patientPath(patientId, 'outreach-tasks'), task);
}

export function createOutreachAttempt(taskId: string, attempt: NewOutreachAttempt): Promise<OutreachTask> {
  return apiClient.post<OutreachTask>(taskPath(taskId, 'attempts'), attempt);
}

export function resolveOutreachTask(taskId: string, resolution: OutreachResolutionBody): Promise<OutreachTask> {
  return apiClient.post<OutreachTask>(taskPath(taskId, 'resolve'), resolution);
}

/** The acknowledgements in force (until today or later). */
export function getFlagAcknowledgements(patientId: string, signal?: AbortSignal): Promise<FlagAcknowledgement[]> {
  return apiClient.get<FlagAcknowledgement[]>(patientPath(patientId, 'flag-acknowledgements'), { signal });
}

export function createFlagAcknowledgement(
  patientId: string,
  acknowledgement: NewFlagAcknowledgement,
): Promise<FlagAcknowledgement> {
  return apiClient.post<FlagAcknowledgement>(patientPath(patientId, 'flag-acknowledgements'), acknowledgement);
}
