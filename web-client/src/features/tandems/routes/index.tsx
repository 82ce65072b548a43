import type { RouteObject } from 'react-router';
import { TandemBoardPage } from './TandemBoardPage';
import { TandemPage } from './TandemPage';
import { TandemsPage } from './TandemsPage';

/** The tandems' routes, for the app router ("suggest" before ":id"). */
export const tandemRoutes: RouteObject[] = [
  { path: 'tandems', element: <TandemsPage /> },
  { path: 'tandems/suggest', element: <TandemBoardPage /> },
  { path: 'tandems/:id', element: <TandemPage /> },
];
