import { Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { DataSource } from 'typeorm';
import { type AccessIntent, PatientAccessService } from '../auth/patient-access.service.js';
import type { Principal } from '../auth/principal.js';
import { notFound } from '../common/errors/not-found.js';

/**
 * A task is one patient's record: the caller needs access to that patient, as for any patient
 * route (404 outside their teams, 403 BREAK_GLASS_READ_ONLY for a break-glass write), and the
 * audit trail names the patient.
 */
@Injectable()
export class OutreachTaskAccess {
  constructor(
    private readonly dataSource: DataSource,
    private readonly patientAccess: PatientAccessService,
  ) {}

  async check(principal: Principal, taskId: string, intent: AccessIntent, request: FastifyRequest): Promise<void> {
    const [task]: { patient_id: string; care_team_id: string }[] = await this.dataSource.query(
      `SELECT t.patient_id, p.care_team_id FROM outreach_task t JOIN patient p ON p.id = t.patient_id WHERE t.id = $1`,
      [taskId],
    );
    if (!task) throw notFound('Outreach task');
    const patient = { patientId: task.patient_id, careTeamId: task.care_team_id };
    request.auditPatientId = await this.patientAccess.check(principal, patient, 'patient', intent);
  }
}
