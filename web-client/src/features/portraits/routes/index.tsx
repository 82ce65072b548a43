import type { RouteObject } from 'react-router';
import { PortraitCreatePage } from './PortraitCreatePage';
import { PortraitEditPage } from './PortraitEditPage';
import { PortraitPage } from './PortraitPage';
import { PortraitsManagePage } from './PortraitsManagePage';
import { PortraitsPage } from './PortraitsPage';

/** The creative portraits' routes, for the app router: the public pages and the staff workplace. */
export const portraitRoutes: RouteObject[] = [
  { path: 'portraits', element: <PortraitsPage /> },
  { path: 'portraits/manage', element: <PortraitsManagePage /> },
  { path: 'portraits/manage/new', element: <PortraitCreatePage /> },
  { path: 'portraits/manage/:id', element: <PortraitEditPage /> },
  { path: 'portraits/:id', element: <PortraitPage /> },
];
