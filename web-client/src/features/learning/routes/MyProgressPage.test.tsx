import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { stubApi } from '@/test/fake-api';
import { anonymousAuth, renderApp, signedInAuth } from '@/test/render-app';
import { MODULE_ID, MODULE_SLUG } from '../testing/fixtures';

describe('my learning progress', () => {
  it('lists the modules the signed-in user marked done, linked to them; the nav offers it', async () => {
    stubApi({
      '/api/v1/me/learning-progress': () => ({
        body: {
          items: [
            {
              moduleId: MODULE_ID,
              slug: MODULE_SLUG,
              title: 'Förderung für Kulturprojekte im ländlichen Raum finden',
              completedAt: '2026-01-15T10:00:00+01:00',
            },
          ],
          page: 0,
          size: 20,
          totalItems: 1,
          totalPages: 1,
        },
      }),
    });
    renderApp({ route: '/learning/progress', auth: signedInAuth('Paula Partner', ['partner']) });
    expect(await screen.findByRole('heading', { level: 1, name: 'Mein Lernstand' })).toBeVisible();
    expect(await screen.findByRole('link', { name: 'Förderung für Kulturprojekte im ländlichen Raum finden' })).toHaveAttribute(
      'href',
      `/learning/modules/${MODULE_SLUG}`,
    );
    expect(screen.getByText('1 Lernmodul erledigt')).toBeVisible();
    expect(screen.getByRole('banner').querySelector('a[href="/learning/progress"]')).toHaveTextContent('Mein Lernstand');
  });

  it('asks anonymous users to sign in and asks the API nothing', async () => {
    const { requests } = stubApi({});
    renderApp({ route: '/learning/progress', auth: anonymousAuth() });
    expect(await screen.findByRole('heading', { level: 1, name: 'Mein Lernstand' })).toBeVisible();
    expect(screen.getByRole('main').querySelector('button')).toHaveTextContent('Anmelden');
    expect(requests.some((request) => request.url.includes('learning-progress'))).toBe(false);
  });
});
