/**
 * Every TanStack Query key in one table, so invalidation after a write can name exactly what it
 * touched (e.g. `queryKeys.careTeams.all` after a patient moves team).
 */
const authAll = ['auth'] as const;
const careTeamsAll = ['care-teams'] as const;

export const queryKeys = {
  health: ['health'] as const,
  auth: {
    all: authAll,
    /** `GET /auth/me`: the signed-in user, or null. Survives a sign-out; everything else is dropped. */
    currentUser: [...authAll, 'current-user'] as const,
  },
  careTeams: {
    all: careTeamsAll,
    list: () => [...careTeamsAll, 'list'] as const,
  },
};
