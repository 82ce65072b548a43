import type { RouteObject } from 'react-router';
import { EventPage } from './EventPage';
import { EventPublicationPage } from './EventPublicationPage';
import { EventsManagePage } from './EventsManagePage';
import { EventsPage } from './EventsPage';
import { RegistrationPage } from './RegistrationPage';

/** The events calendar's routes, for the app router: the public calendar and the staff's publication screens. */
export const eventRoutes: RouteObject[] = [
  { path: 'events', element: <EventsPage /> },
  { path: 'events/manage', element: <EventsManagePage /> },
  { path: 'events/manage/:id', element: <EventPublicationPage /> },
  { path: 'events/registrations/:token', element: <RegistrationPage /> },
  { path: 'events/:id', element: <EventPage /> },
];
