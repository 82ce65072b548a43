import type { RouteObject } from 'react-router';
import { AuditLogPage } from './AuditLogPage';

/** The audit log's route, for the app router. */
export const auditRoutes: RouteObject[] = [{ path: 'admin/audit', element: <AuditLogPage /> }];
