import type { RouteObject } from 'react-router';
import { AdminHomePage } from './AdminHomePage';
import { MembershipsPage } from './MembershipsPage';
import { RedeemInvitationPage } from './RedeemInvitationPage';

/** The administration area's routes and the invitation link, for the app router. */
export const adminRoutes: RouteObject[] = [
  { path: 'admin', element: <AdminHomePage /> },
  { path: 'admin/memberships', element: <MembershipsPage /> },
  { path: 'invitations/:code', element: <RedeemInvitationPage /> },
];
