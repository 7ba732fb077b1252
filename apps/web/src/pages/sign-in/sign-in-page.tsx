import { useDeferredValue } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useFetchCurrentUser } from '../../api/hooks/use-fetch-current-user';
import { returnPathOf } from '../../auth/return-path';
import { useSessionControl } from '../../auth/session-provider';
import { LoadingState } from '../../components/loading-state';
import { PageHeader } from '../../components/page-header';
import { PlainLayout } from '../../layout/plain-layout';
import { SignInForm } from './sign-in-form';

export function SignInPage() {
  const currentUser = useFetchCurrentUser();
  const { state } = useLocation();
  const { sessionEnded } = useSessionControl();
  // The form is drawn in a deferred render, which yields to the browser as it goes: the check's
  // answer does not block the page while it builds the form.
  const checking = useDeferredValue(currentUser.isPending);

  // Signed in (just now, or already): on to where the user was heading.
  if (currentUser.data) return <Navigate to={returnPathOf(state)} replace />;

  return (
    <PlainLayout>
      <PageHeader title="Sign in" description="Use your Naltrack account." />
      {/* If the check itself fails, signing in will say what is wrong. */}
      {checking ? <LoadingState label="Checking your sign-in…" /> : <SignInForm sessionEnded={sessionEnded} />}
    </PlainLayout>
  );
}
