import type { RouteObject } from 'react-router';
import { OutreachManagePage } from './OutreachManagePage';
import { OutreachPage } from './OutreachPage';

/** The outreach metrics' routes, for the app router. */
export const metricsRoutes: RouteObject[] = [
  { path: 'outreach', element: <OutreachPage /> },
  { path: 'outreach/manage', element: <OutreachManagePage /> },
];
