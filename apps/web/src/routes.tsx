import type { RouteObject } from 'react-router';
import { RouteErrorPage } from './components/route-error-page';
import { AppLayout } from './layout/app-layout';
import { NotFoundPage } from './pages/not-found/not-found-page';
import { OverviewPage } from './pages/overview/overview-page';

/** Every page of the dashboard. Shared by the browser router and by the tests' memory router. */
export const appRoutes: RouteObject[] = [
  {
    path: '/',
    element: <AppLayout />,
    errorElement: <RouteErrorPage />,
    children: [
      { index: true, element: <OverviewPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
