import { createContext, useContext } from 'react';
import type { CurrentUser } from '../api/auth';

/** Provided by RequireSession, so every page inside it has a user without null checks. */
export const SignedInUserContext = createContext<CurrentUser | null>(null);

export function useSignedInUser(): CurrentUser {
  const user = useContext(SignedInUserContext);
  if (!user) throw new Error('useSignedInUser is only for pages behind RequireSession');
  return user;
}
