import type { RouteObject } from 'react-router';
import { ConceptDiffPage } from './ConceptDiffPage';
import { ConceptEditPage } from './ConceptEditPage';
import { ConceptPage } from './ConceptPage';
import { ConceptsPage } from './ConceptsPage';

/** The transfer concepts' routes, for the app router. */
export const conceptRoutes: RouteObject[] = [
  { path: 'concepts', element: <ConceptsPage /> },
  { path: 'concepts/:id', element: <ConceptPage /> },
  { path: 'concepts/:id/edit', element: <ConceptEditPage /> },
  { path: 'concepts/:id/diff', element: <ConceptDiffPage /> },
];
