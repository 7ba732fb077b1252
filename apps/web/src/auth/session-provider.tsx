import { useQueryClient } from '@tanstack/react-query';
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { onAuthError, SESSION_ERROR_CODES } from '../api/api-client';
import { queryKeys } from '../api/query-keys';
import { forgetSession } from '../api/session-cache';

export type SessionEndReason = 'expired' | 'signed-out';

interface SessionControl {
  /** The last session ended by expiring, not by signing out: the sign-in page says so. */
  sessionEnded: boolean;
  /** Forgets the session here (token, cached data); the route guard then shows the sign-in page. */
  endSession: (reason: SessionEndReason) => void;
}

const SessionControlContext = createContext<SessionControl | null>(null);

/**
 * Watches every API answer for the session ending (401 UNAUTHENTICATED), an administrator still
 * owing a second factor (403 TOTP_SETUP_REQUIRED) or a stale CSRF token, whichever request hit it.
 */
export function SessionProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const [sessionEnded, setSessionEnded] = useState(false);

  const endSession = useCallback(
    (reason: SessionEndReason) => {
      forgetSession(queryClient);
      setSessionEnded(reason === 'expired');
    },
    [queryClient],
  );

  useEffect(
    () =>
      onAuthError((error) => {
        // Only a session that existed can end; a 401 before sign-in is just "signed out".
        const signedIn = Boolean(queryClient.getQueryData(queryKeys.auth.currentUser));
        if (error.code === SESSION_ERROR_CODES.unauthenticated && signedIn) endSession('expired');
        // Re-reading the user brings the setup page up, or the token of the session the cookie now names.
        if (
          error.code === SESSION_ERROR_CODES.totpSetupRequired ||
          error.code === SESSION_ERROR_CODES.csrfTokenInvalid
        ) {
          void queryClient.invalidateQueries({ queryKey: queryKeys.auth.currentUser });
        }
      }),
    [queryClient, endSession],
  );

  const value = useMemo(() => ({ sessionEnded, endSession }), [sessionEnded, endSession]);
  return <SessionControlContext value={value}>{children}</SessionControlContext>;
}

export function useSessionControl(): SessionControl {
  const control = useContext(SessionControlContext);
  if (!control) throw new Error('useSessionControl needs a SessionProvider (see AppProviders)');
  return control;
}
