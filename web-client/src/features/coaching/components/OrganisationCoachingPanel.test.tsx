import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { stubApi } from '@/test/fake-api';
import { renderApp, signedInAuth } from '@/test/render-app';
import { topics } from '@/test/coach-fixtures';
import { assignmentPage, kalbeDevelopment, kalbeFinancing, kalbeSessions, sessionPage, sessionsPath } from '../testing/fixtures';

const KALBE = kalbeDevelopment.organisation.id;

describe("an organisation's coaching on its own page (partner)", () => {
  it('shows the budget per topic with the overrun in words, and the sessions held, without changing them', async () => {
    const { requests } = stubApi({
      '/api/v1/me': () => ({
        body: {
          subject: 'p',
          username: 'partner',
          name: 'Paula Partner (Demo)',
          roles: ['partner'],
          states: [],
          organisation: { id: KALBE, name: 'Künstlerstadt Kalbe e.V.' },
        },
      }),
      '/api/v1/expertise-topics': () => ({ body: topics }),
      [`/api/v1/organisations/${KALBE}/coaching`]: () => ({
        body: {
          organisation: kalbeDevelopment.organisation,
          hourBudget: 28,
          hoursUsed: 14,
          hoursRemaining: 14,
          topics: [
            {
              topic: 'ORGANISATION_DEVELOPMENT',
              assignments: 1,
              hourBudget: 20,
              hoursUsed: 4.5,
              hoursRemaining: 15.5,
              overBudget: false,
            },
            { topic: 'FINANCING', assignments: 1, hourBudget: 8, hoursUsed: 9.5, hoursRemaining: -1.5, overBudget: true },
          ],
        },
      }),
      '/api/v1/coaching-assignments': () => ({ body: assignmentPage([kalbeDevelopment, kalbeFinancing]) }),
      [sessionsPath(kalbeDevelopment.id)]: () => ({ body: sessionPage(kalbeSessions) }),
      [sessionsPath(kalbeFinancing.id)]: () => ({ body: sessionPage([]) }),
    });
    renderApp({ route: '/my-organisation', auth: signedInAuth('Paula Partner (Demo)', ['partner']) });

    const panel = await screen.findByRole('region', { name: 'Coaching unserer Organisation' }, { timeout: 5000 });
    const table = await within(panel).findByRole('table', { name: 'Stundenbudget je Thema' }, { timeout: 5000 });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.textContent)).toEqual([
      'Organisationsentwicklung20 Std.4,5 Std.15,5 Std.',
      'Finanzierung8 Std.9,5 Std.⚠ 1,5 Std. über Budget',
    ]);
    expect(within(panel).getByRole('meter', { name: 'Stundenbudget' })).toHaveAttribute('aria-valuetext', '14 von 28 Stunden');

    expect(await within(panel).findByRole('heading', { name: 'Organisationsentwicklung mit Clara Coach (Demo)' })).toBeVisible();
    expect(await within(panel).findByText(kalbeSessions[0]!.notes!)).toBeVisible();
    expect(within(panel).queryByRole('button', { name: /korrigieren|löschen/ })).not.toBeInTheDocument();
    const assignments = requests.find((request) => new URL(request.url).pathname === '/api/v1/coaching-assignments')!;
    expect(new URL(assignments.url).searchParams.get('organisationId')).toBe(KALBE);
  }, 20_000);
});
