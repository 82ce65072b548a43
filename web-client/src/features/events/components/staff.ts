import type { EventType } from '../api/public-events';

/** Who publishes events and sees their registrations. */
export const EVENT_STAFF_ROLES = ['coordinator', 'admin'] as const;

/** Every kind of event, in the order filters list them. */
export const EVENT_TYPES: EventType[] = ['OWN_EVENT', 'NETWORK_TALK', 'COOPERATION', 'WORKSHOP', 'TRIP'];
