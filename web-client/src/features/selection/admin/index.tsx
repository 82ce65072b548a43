import type { RouteObject } from 'react-router';
import { CriteriaAdminPage } from './CriteriaAdminPage';
import { RoundsAdminPage } from './RoundsAdminPage';

/** The selection's administration screens, for the app router. */
export const selectionAdminRoutes: RouteObject[] = [
  { path: 'admin/selection-criteria', element: <CriteriaAdminPage /> },
  { path: 'admin/selection-rounds', element: <RoundsAdminPage /> },
];
