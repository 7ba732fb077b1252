import type { RouteObject } from 'react-router';
import { RequireRole } from './auth/require-role';
import { RequireSession } from './auth/require-session';
import { SECOND_FACTOR_SETUP_PATH, SIGN_IN_PATH } from './auth/return-path';
import { LoadingState } from './components/loading-state';
import { RouteErrorPage } from './components/route-error-page';
import { CLINICAL_NAV_ROLES } from './layout/nav-items';
import { SignInPage } from './pages/sign-in/sign-in-page';

/**
 * Every page of the dashboard. Shared by the browser router and by the tests' memory router.
 * Only the sign-in page loads first: the signed-in layout (with the full stylesheet) and every page
 * behind it are chunks of their own, fetched when opened, so a first visit stays small (charts and
 * tables come with the pages that draw them).
 */
export const appRoutes: RouteObject[] = [
  { path: SIGN_IN_PATH, element: <SignInPage />, errorElement: <RouteErrorPage /> },
  {
    // Everything else needs a signed-in user (and, for administrators, a second factor).
    element: <RequireSession />,
    errorElement: <RouteErrorPage />,
    // Shown while the first page's chunk loads.
    hydrateFallbackElement: <LoadingState label="Loading…" />,
    children: [
      {
        path: SECOND_FACTOR_SETUP_PATH,
        lazy: async () => ({
          Component: (await import('./pages/second-factor-setup/second-factor-setup-page')).SecondFactorSetupPage,
        }),
      },
      {
        path: '/',
        lazy: async () => ({ Component: (await import('./layout/app-layout')).AppLayout }),
        children: [
          { index: true, lazy: async () => ({ Component: (await import('./pages/today/today-page')).TodayPage }) },
          {
            path: 'caseload',
            lazy: async () => ({ Component: (await import('./pages/caseload/caseload-page')).CaseloadPage }),
          },
          {
            path: 'patients/:patientId',
            lazy: async () => ({ Component: (await import('./pages/patient/patient-page')).PatientPage }),
          },
          {
            path: 'approvals',
            lazy: async () => ({ Component: (await import('./pages/approvals/approvals-page')).ApprovalsPage }),
          },
          {
            // Clinical data only: administrators and auditors get an explanation, not a page of 403s.
            element: <RequireRole roles={CLINICAL_NAV_ROLES} />,
            children: [
              {
                path: 'measures',
                lazy: async () => ({ Component: (await import('./pages/measures/measures-page')).MeasuresPage }),
              },
              {
                path: 'review',
                lazy: async () => ({ Component: (await import('./pages/review/review-page')).ReviewPage }),
              },
            ],
          },
          {
            path: 'reports',
            lazy: async () => ({ Component: (await import('./pages/reports/reports-page')).ReportsPage }),
          },
          {
            // Typed by anyone else, these addresses explain the role they need instead of failing.
            element: <RequireRole roles={['admin']} />,
            children: [
              {
                path: 'admin',
                lazy: async () => ({ Component: (await import('./pages/admin/admin-page')).AdminPage }),
              },
            ],
          },
          {
            element: <RequireRole roles={['auditor']} />,
            children: [
              {
                path: 'audit',
                lazy: async () => ({ Component: (await import('./pages/audit/audit-page')).AuditPage }),
              },
            ],
          },
          {
            path: '*',
            lazy: async () => ({ Component: (await import('./pages/not-found/not-found-page')).NotFoundPage }),
          },
        ],
      },
    ],
  },
];
