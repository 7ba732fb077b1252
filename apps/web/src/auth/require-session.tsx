import { Navigate, Outlet, useLocation } from 'react-router';
import { useFetchCurrentUser } from '../api/hooks/use-fetch-current-user';
import { ErrorAlert } from '../components/error-alert';
import { LoadingState } from '../components/loading-state';
import { PlainLayout } from '../layout/plain-layout';
import { returnPathOf, returnStateFor, SECOND_FACTOR_SETUP_PATH, SIGN_IN_PATH } from './return-path';
import { SignedInUserContext } from './signed-in-user';

/**
 * The gate in front of every page but sign-in: nobody sees a page without a session, and an
 * administrator who owes a second factor sees only its setup.
 */
export function RequireSession() {
  const currentUser = useFetchCurrentUser();
  const { pathname, state } = useLocation();
  const onSetupPage = pathname === SECOND_FACTOR_SETUP_PATH;

  if (currentUser.data === undefined) {
    return (
      <PlainLayout>
        {currentUser.isError ? (
          <ErrorAlert
            title="Could not check your sign-in"
            error={currentUser.error}
            onRetry={() => void currentUser.refetch()}
          />
        ) : (
          <LoadingState label="Checking your sign-in…" />
        )}
      </PlainLayout>
    );
  }

  const user = currentUser.data;
  if (!user) return <Navigate to={SIGN_IN_PATH} replace state={returnStateFor(pathname)} />;
  if (user.totpSetupRequired && !onSetupPage) {
    return <Navigate to={SECOND_FACTOR_SETUP_PATH} replace state={returnStateFor(pathname)} />;
  }
  // Set up (or never needed): carry on to where the user was heading.
  if (!user.totpSetupRequired && onSetupPage) return <Navigate to={returnPathOf(state)} replace />;

  return (
    <SignedInUserContext value={user}>
      <Outlet />
    </SignedInUserContext>
  );
}
