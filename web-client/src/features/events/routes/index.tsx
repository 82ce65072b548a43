import type { RouteObject } from 'react-router';
import { EventPage } from './EventPage';
import { EventsPage } from './EventsPage';
import { RegistrationPage } from './RegistrationPage';

/** The public events calendar's routes, for the app router. */
export const eventRoutes: RouteObject[] = [
  { path: 'events', element: <EventsPage /> },
  { path: 'events/registrations/:token', element: <RegistrationPage /> },
  { path: 'events/:id', element: <EventPage /> },
];
