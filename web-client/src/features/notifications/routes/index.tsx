import type { RouteObject } from 'react-router';
import { NotificationSettingsPage } from './NotificationSettingsPage';

/** The preference page linked from every notification mail. */
export const notificationRoutes: RouteObject[] = [{ path: 'settings/notifications', element: <NotificationSettingsPage /> }];
