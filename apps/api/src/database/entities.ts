import { CareTeam } from '../care-teams/care-team.entity.js';
import { Patient } from '../patients/patient.entity.js';

/** Every entity, listed once for the app and the migration CLI alike. */
export const ENTITIES = [CareTeam, Patient];
