import type { RouteObject } from 'react-router';
import { AssignmentsAdminPage } from './AssignmentsAdminPage';
import { CoachesAdminPage } from './CoachesAdminPage';
import { ExpertiseTopicsPage } from './ExpertiseTopicsPage';

/** The coaching's administration screens, for the app router. */
export const coachingAdminRoutes: RouteObject[] = [
  { path: 'admin/expertise-topics', element: <ExpertiseTopicsPage /> },
  { path: 'admin/coaches', element: <CoachesAdminPage /> },
  { path: 'admin/coaching-assignments', element: <AssignmentsAdminPage /> },
];
