import type { Role } from '@naltrack/domain';

/** Who is calling, resolved once per request by the AuthGuard. */
/** A care team as its members see it named. */
export interface CareTeamRef {
  id: string;
  code: string;
  name: string;
}

export interface Principal {
  clinicianId: string;
  email: string;
  displayName: string;
  roles: Role[];
  teamIds: string[];
  /** The same teams with their codes and names, by name. */
  careTeams: CareTeamRef[];
  totpEnabled: boolean;
  via: 'session' | 'token';
  /** Set for session callers: the stored hash of their cookie, and the session's CSRF token. */
  session?: { tokenHash: string; csrfToken: string };
  totpSetupRequired: boolean;
}

/** A request counted against its principal's per-minute limit (see RateLimitRequestsGuard). */
export interface RequestCount {
  hits: number;
  secondsLeft: number;
}

export const CLINICAL_ROLES: readonly Role[] = ['prescriber', 'therapist', 'nurse', 'team_lead'];

declare module 'fastify' {
  interface FastifyRequest {
    principal?: Principal;
    /** This request's count against its principal's per-minute limit, taken with the principal. */
    requestCount?: RequestCount;
    /** The patient a request touched, for the audit trail (set by the patient access check). */
    auditPatientId?: string;
    /** The email typed at a sign-in, for the audit trail of failures. */
    auditActorLabel?: string;
    auditDetail?: Record<string, string | number | boolean | null>;
  }
}
