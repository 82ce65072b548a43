import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { stubApi } from '@/test/fake-api';
import { anonymousAuth, renderApp, signedInAuth } from '@/test/render-app';
import { MODULE_ID, PATH_ID, PATH_SLUG, SECOND_ID, pathDetail, pathProgress } from '../testing/fixtures';

const route = `/learning/paths/${PATH_SLUG}`;

describe('learning path page', () => {
  it('shows the introduction and the modules in order; no progress for anonymous users', async () => {
    const { requests } = stubApi({ [`/api/v1/learning-paths/${PATH_SLUG}`]: () => ({ body: pathDetail() }) });
    renderApp({ route, auth: anonymousAuth() });
    expect(await screen.findByRole('heading', { level: 1, name: 'Finanzierung sichern' })).toBeVisible();
    expect(screen.getByText('Förderung', { selector: 'strong' })).toBeVisible();
    const list = screen.getByRole('list', { name: 'Module in dieser Reihenfolge' });
    expect(
      within(list)
        .getAllByRole('heading', { level: 3 })
        .map((heading) => heading.textContent),
    ).toEqual(['Förderung für Kulturprojekte im ländlichen Raum finden', 'Finanzplan für ein Kulturprojekt aufstellen']);
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    expect(requests.some((request) => request.url.includes('/progress'))).toBe(false);
  });

  it('marking a module done calls PUT and updates the path progress', async () => {
    const user = userEvent.setup();
    const done = new Set<string>([MODULE_ID]);
    const { requests } = stubApi({
      [`/api/v1/learning-paths/${PATH_SLUG}`]: () => ({ body: pathDetail() }),
      [`/api/v1/learning-paths/${PATH_ID}/progress`]: () => ({ body: pathProgress([...done]) }),
      [`/api/v1/learning-modules/${SECOND_ID}/progress`]: () => {
        done.add(SECOND_ID);
        return {
          body: { moduleId: SECOND_ID, slug: 'finanzplan', title: 'Finanzplan', completedAt: '2026-01-01T10:00:00+01:00' },
        };
      },
    });
    renderApp({ route, auth: signedInAuth('Paula Partner', ['partner']) });

    expect(await screen.findByText('1 von 2 erledigt')).toBeVisible();
    const bar = screen.getByRole('progressbar', { name: /1 von 2 erledigt/ });
    expect(bar).toHaveAttribute('value', '1');
    expect(
      screen.getByRole('button', { name: 'Erledigt ✓ – zurücknehmen: Förderung für Kulturprojekte im ländlichen Raum finden' }),
    ).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Als erledigt markieren: Finanzplan für ein Kulturprojekt aufstellen' }));

    expect(await screen.findByText('2 von 2 erledigt')).toBeVisible();
    expect(screen.getByText('(100 %)')).toBeVisible();
    expect(screen.getByRole('progressbar', { name: /2 von 2 erledigt/ })).toHaveAttribute('value', '2');
    await waitFor(() =>
      expect(requests.filter((request) => request.method === 'PUT').map((request) => new URL(request.url).pathname)).toEqual([
        `/api/v1/learning-modules/${SECOND_ID}/progress`,
      ]),
    );
  });
});
