/**
 * Every TanStack Query key in one table, so invalidation after a write can name exactly what it
 * touched (e.g. `queryKeys.careTeams.all` after a patient moves team).
 */
const careTeamsAll = ['care-teams'] as const;

export const queryKeys = {
  health: ['health'] as const,
  careTeams: {
    all: careTeamsAll,
    list: () => [...careTeamsAll, 'list'] as const,
  },
};
