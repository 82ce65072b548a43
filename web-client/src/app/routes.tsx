import type { RouteObject } from 'react-router';
import { AccountPage } from '../features/account/routes/AccountPage';
import { coachingRoutes } from '../features/coaching/routes';
import { StartPage } from '../features/partners/routes/StartPage';
import { selectionRoutes } from '../features/selection/routes';
import { Layout } from './layout/Layout';
import { NotFoundPage } from './routes/NotFoundPage';
import { RouteErrorPage } from './routes/RouteErrorPage';

export const routes: RouteObject[] = [
  {
    element: <Layout />,
    children: [
      {
        errorElement: <RouteErrorPage />,
        children: [
          { index: true, element: <StartPage /> },
          { path: 'account', element: <AccountPage /> },
          ...selectionRoutes,
          ...coachingRoutes,
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];
