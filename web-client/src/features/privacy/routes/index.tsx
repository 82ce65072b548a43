import type { RouteObject } from 'react-router';
import { PrivacyPage } from './PrivacyPage';

/** The GDPR screen's route, for the app router. */
export const privacyRoutes: RouteObject[] = [{ path: 'privacy', element: <PrivacyPage /> }];
