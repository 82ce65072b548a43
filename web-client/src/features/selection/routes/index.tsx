import type { RouteObject } from 'react-router';
import { SelectionBoardPage } from './SelectionBoardPage';
import { SelectionRoundsPage } from './SelectionRoundsPage';

/** The selection board's routes, for the app router. */
export const selectionRoutes: RouteObject[] = [
  { path: 'selection', element: <SelectionRoundsPage /> },
  { path: 'selection/:roundId', element: <SelectionBoardPage /> },
];
