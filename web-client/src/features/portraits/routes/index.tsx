import type { RouteObject } from 'react-router';
import { PortraitPage } from './PortraitPage';
import { PortraitsPage } from './PortraitsPage';

/** The creative portraits' routes, for the app router. */
export const portraitRoutes: RouteObject[] = [
  { path: 'portraits', element: <PortraitsPage /> },
  { path: 'portraits/:id', element: <PortraitPage /> },
];
