import { useNavigate } from 'react-router';
import { useDeleteSession } from '../api/hooks/use-delete-session';
import { SIGN_IN_PATH } from './return-path';
import { useSessionControl } from './session-provider';

/** Ends the session on the server and here, then shows the sign-in page (with no page to return to). */
export function useSignOut() {
  const deleteSession = useDeleteSession();
  const { endSession } = useSessionControl();
  const navigate = useNavigate();

  const signOut = async () => {
    try {
      await deleteSession.mutateAsync();
    } catch {
      // Signed out here regardless: the server session also ends by itself after 15 idle minutes.
    } finally {
      // Awaited, not an onSettled option: the header that called this is gone once the cache is cleared.
      endSession('signed-out');
      await navigate(SIGN_IN_PATH, { replace: true });
    }
  };

  return { signOut, isPending: deleteSession.isPending };
}
