import type { EntityManager } from 'typeorm';
import { fieldError } from '../common/errors/field-error.js';

/** 400 naming `field` unless the clinician is an active, clinical member of the patient's care team. */
export async function checkTeamMember(
  manager: EntityManager,
  patientId: string,
  clinicianId: string,
  field: string,
): Promise<void> {
  const [member]: unknown[] = await manager.query(
    `SELECT 1 FROM patient p
       JOIN care_team_membership m ON m.care_team_id = p.care_team_id
       JOIN clinician c ON c.id = m.clinician_id
      WHERE p.id = $1 AND c.id = $2 AND c.active
        AND c.roles && ARRAY['prescriber', 'therapist', 'nurse', 'team_lead']::clinician_role[]`,
    [patientId, clinicianId],
  );
  if (!member) throw fieldError(field, `${field} must be an active clinician of the patient's care team`);
}
