/** Coordinators and admins manage coaches and assignments. */
export const STAFF = ['admin', 'coordinator'] as const;
