import type { RouteObject } from 'react-router';
import { RequireSession } from './auth/require-session';
import { SECOND_FACTOR_SETUP_PATH, SIGN_IN_PATH } from './auth/return-path';
import { RouteErrorPage } from './components/route-error-page';
import { AppLayout } from './layout/app-layout';
import { CaseloadPage } from './pages/caseload/caseload-page';
import { NotFoundPage } from './pages/not-found/not-found-page';
import { OverviewPage } from './pages/overview/overview-page';
import { PatientPage } from './pages/patient/patient-page';
import { SecondFactorSetupPage } from './pages/second-factor-setup/second-factor-setup-page';
import { SignInPage } from './pages/sign-in/sign-in-page';

/** Every page of the dashboard. Shared by the browser router and by the tests' memory router. */
export const appRoutes: RouteObject[] = [
  { path: SIGN_IN_PATH, element: <SignInPage />, errorElement: <RouteErrorPage /> },
  {
    // Everything else needs a signed-in user (and, for administrators, a second factor).
    element: <RequireSession />,
    errorElement: <RouteErrorPage />,
    children: [
      { path: SECOND_FACTOR_SETUP_PATH, element: <SecondFactorSetupPage /> },
      {
        path: '/',
        element: <AppLayout />,
        children: [
          { index: true, element: <OverviewPage /> },
          { path: 'caseload', element: <CaseloadPage /> },
          { path: 'patients/:patientId', element: <PatientPage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];
