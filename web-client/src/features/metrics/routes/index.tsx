import type { RouteObject } from 'react-router';
import { OutreachPage } from './OutreachPage';

/** The outreach metrics' routes, for the app router. */
export const metricsRoutes: RouteObject[] = [{ path: 'outreach', element: <OutreachPage /> }];
