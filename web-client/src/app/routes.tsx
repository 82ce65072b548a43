import type { RouteObject } from 'react-router';
import { AccountPage } from '@/features/account/routes/AccountPage';
import { OrganisationEditPage } from '@/features/organisations/routes/OrganisationEditPage';
import { OrganisationPage } from '@/features/organisations/routes/OrganisationPage';
import { OrganisationsPage } from '@/features/organisations/routes/OrganisationsPage';
import { DirectoryPage } from '@/features/partners/routes/DirectoryPage';
import { PartnerPage } from '@/features/partners/routes/PartnerPage';
import { OrganisationPortraits } from '@/features/portraits/components/OrganisationPortraits';
import { adminRoutes } from '@/features/admin/routes';
import { auditRoutes } from '@/features/audit/routes';
import { coachingRoutes } from '@/features/coaching/routes';
import { coachingAdminRoutes } from '@/features/coaching/admin';
import { conceptRoutes } from '@/features/concepts/routes';
import { dashboardRoutes } from '@/features/dashboard/routes';
import { learningRoutes } from '@/features/learning/routes';
import { metricsRoutes } from '@/features/metrics/routes';
import { newsletterRoutes } from '@/features/newsletter/routes';
import { notificationRoutes } from '@/features/notifications/routes';
import { eventRoutes } from '@/features/events/routes';
import { portraitRoutes } from '@/features/portraits/routes';
import { privacyRoutes } from '@/features/privacy/routes';
import { StartPage } from '@/features/partners/routes/StartPage';
import { selectionRoutes } from '@/features/selection/routes';
import { selectionAdminRoutes } from '@/features/selection/admin';
import { tandemRoutes } from '@/features/tandems/routes';
import { Layout } from './layout/Layout';
import { MyOrganisationPage } from './routes/MyOrganisationPage';
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
          { path: 'partners', element: <DirectoryPage /> },
          { path: 'partners/:id', element: <PartnerPage related={<OrganisationPortraits />} /> },
          { path: 'my-organisation', element: <MyOrganisationPage /> },
          { path: 'organisations', element: <OrganisationsPage /> },
          { path: 'organisations/:id', element: <OrganisationPage /> },
          { path: 'organisations/:id/edit', element: <OrganisationEditPage /> },
          { path: 'account', element: <AccountPage /> },
          ...selectionRoutes,
          ...selectionAdminRoutes,
          ...coachingRoutes,
          ...coachingAdminRoutes,
          ...conceptRoutes,
          ...learningRoutes,
          ...portraitRoutes,
          ...eventRoutes,
          ...tandemRoutes,
          ...metricsRoutes,
          ...privacyRoutes,
          ...adminRoutes,
          ...dashboardRoutes,
          ...newsletterRoutes,
          ...notificationRoutes,
          ...auditRoutes,
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];
