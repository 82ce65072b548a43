import type { RouteObject } from 'react-router';
import { NewsletterConfirmPage } from './NewsletterConfirmPage';
import { NewsletterUnsubscribePage } from './NewsletterUnsubscribePage';

/** The pages the newsletter's mails link to. */
export const newsletterRoutes: RouteObject[] = [
  { path: 'newsletter/confirm', element: <NewsletterConfirmPage /> },
  { path: 'newsletter/unsubscribe', element: <NewsletterUnsubscribePage /> },
];
