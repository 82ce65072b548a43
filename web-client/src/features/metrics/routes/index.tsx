import type { RouteObject } from 'react-router';
import { IndicatorsAdminPage } from './IndicatorsAdminPage';
import { OutreachManagePage } from './OutreachManagePage';
import { ScopesAdminPage } from './ScopesAdminPage';
import { NarrativesAdminPage, TargetsAdminPage } from './TargetsNarrativesAdminPage';
import { OutreachPage } from './OutreachPage';

/** The outreach metrics' routes, for the app router. */
export const metricsRoutes: RouteObject[] = [
  { path: 'outreach', element: <OutreachPage /> },
  { path: 'outreach/manage', element: <OutreachManagePage /> },
  { path: 'outreach/manage/indicators', element: <IndicatorsAdminPage /> },
  { path: 'outreach/manage/scopes', element: <ScopesAdminPage /> },
  { path: 'outreach/manage/targets', element: <TargetsAdminPage /> },
  { path: 'outreach/manage/narratives', element: <NarrativesAdminPage /> },
];
