import { hashKey, type QueryClient } from '@tanstack/react-query';
import { setCsrfToken } from './api-client';
import type { CurrentUser } from './auth';
import { queryKeys } from './query-keys';

const CURRENT_USER_HASH = hashKey(queryKeys.auth.currentUser);

function isNotCurrentUser(query: { queryHash: string }): boolean {
  return query.queryHash !== CURRENT_USER_HASH;
}

/**
 * Drops every cached answer but the current user's. The current-user entry is updated in place,
 * never removed, so the route guard watching it sees the change at once.
 */
function dropEverythingElse(queryClient: QueryClient): void {
  queryClient.removeQueries({ predicate: isNotCurrentUser });
  // Mutations keep what was sent (sign-in passwords, patient forms) until they are collected.
  queryClient.getMutationCache().clear();
}

/** After sign-in: nothing of an earlier session may show to this user. */
export function rememberSession(queryClient: QueryClient, user: CurrentUser): void {
  queryClient.setQueryData<CurrentUser | null>(queryKeys.auth.currentUser, user);
  dropEverythingElse(queryClient);
}

/** After sign-out or an expired session: cached data is PHI, so all of it goes, with the CSRF token. */
export function forgetSession(queryClient: QueryClient): void {
  setCsrfToken(null);
  queryClient.setQueryData<CurrentUser | null>(queryKeys.auth.currentUser, null);
  dropEverythingElse(queryClient);
}

/**
 * The cookie now names another user (they signed in from another tab). The pages stay, so their
 * queries are reset, not removed: what they show goes at once and is fetched again for the new user.
 */
export function resetForAnotherUser(queryClient: QueryClient): void {
  queryClient.getMutationCache().clear();
  void queryClient.resetQueries({ predicate: isNotCurrentUser });
}
