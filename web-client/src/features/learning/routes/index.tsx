import type { RouteObject } from 'react-router';
import { AuthoringPage } from './AuthoringPage';
import { LearningPage } from './LearningPage';
import { ModuleCreatePage } from './ModuleCreatePage';
import { ModuleEditPage } from './ModuleEditPage';
import { ModulePage } from './ModulePage';
import { MyProgressPage } from './MyProgressPage';
import { PathPage } from './PathPage';

/** The learning space's routes, for the app router. */
export const learningRoutes: RouteObject[] = [
  { path: 'learning', element: <LearningPage /> },
  { path: 'learning/modules/:slug', element: <ModulePage /> },
  { path: 'learning/paths/:slug', element: <PathPage /> },
  { path: 'learning/progress', element: <MyProgressPage /> },
  { path: 'learning/authoring', element: <AuthoringPage /> },
  { path: 'learning/authoring/new', element: <ModuleCreatePage /> },
  { path: 'learning/authoring/:id', element: <ModuleEditPage /> },
];
