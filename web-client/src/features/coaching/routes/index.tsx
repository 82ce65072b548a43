import type { RouteObject } from 'react-router';
import { CoachesPage } from './CoachesPage';
import { MyPartnersPage } from './MyPartnersPage';

/** The coach directory and the coach's own partners, for the app router. */
export const coachingRoutes: RouteObject[] = [
  { path: 'coaches', element: <CoachesPage /> },
  { path: 'coaching', element: <MyPartnersPage /> },
];
