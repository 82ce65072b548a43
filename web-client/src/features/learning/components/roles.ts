/** Who writes learning modules (the API decides per module): coaches, partners and staff. */
export const AUTHOR_ROLES = ['coach', 'partner', 'coordinator', 'admin'] as const;

/** Who reviews, publishes and archives modules, and may edit any of them. */
export const STAFF_ROLES = ['coordinator', 'admin'] as const;
