import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { problem, stubApi } from '@/test/fake-api';
import { renderApp, signedInAuth } from '@/test/render-app';

const ID = '6f1b2c3d-0000-4000-8000-000000000001';
const KALBE = {
  id: '5b0c2d4e-1a01-4f6e-9c10-000000000001',
  name: 'Künstlerstadt Kalbe e.V.',
  town: 'Kalbe (Milde)',
  state: 'ST',
};
const assignment = (hourBudget: number, hoursUsed: number) => ({
  id: ID,
  coach: { id: 'c1', name: 'Clara Coach (Demo)' },
  organisation: KALBE,
  topic: 'FINANCING',
  hourBudget,
  hoursUsed,
  hoursRemaining: hourBudget - hoursUsed,
  overBudget: hoursUsed > hourBudget,
  hoursOver: Math.max(0, hoursUsed - hourBudget),
});
const page = <T,>(items: T[]) => ({ items, page: 0, size: 20, totalItems: items.length, totalPages: 1 });

describe('coaching assignments screen', { timeout: 30_000 }, () => {
  it('marks budgets by use, filters by coach and changes a budget with If-Match from the GET, explaining a 412', async () => {
    const user = userEvent.setup();
    let current = assignment(8, 1);
    let refuse = true;
    const { requests } = stubApi({
      '/api/v1/expertise-topics': () => ({
        body: [{ key: 'FINANCING', nameDe: 'Finanzierung', nameEn: 'Financing', position: 2 }],
      }),
      '/api/v1/coaches': () => ({
        body: page([{ id: 'c1', name: 'Clara Coach (Demo)', topics: ['FINANCING'], regions: [], languages: ['de'] }]),
      }),
      '/api/v1/organisations': () => ({ body: page([KALBE]) }),
      '/api/v1/coaching-assignments': () => ({ body: page([current]) }),
      [`/api/v1/coaching-assignments/${ID}`]: (request) => {
        if (request.method === 'GET') return { body: current, headers: { ETag: '"7"' } };
        if (refuse) {
          refuse = false;
          return problem(412, 'Precondition Failed');
        }
        current = assignment(1.25, 1);
        return { body: current, headers: { ETag: '"8"' } };
      },
    });
    renderApp({ route: '/admin/coaching-assignments', auth: signedInAuth('Konrad Koordinator (Demo)', ['coordinator']) });

    const table = await screen.findByRole('table', { name: 'Coaching-Zuordnungen mit Stundenbudget' }, { timeout: 5000 });
    expect(within(table).getByRole('row', { name: /Künstlerstadt Kalbe e\.V\..*Finanzierung.*im Rahmen/ })).toBeVisible();
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Coach' }), 'c1');
    expect(requests.some((request) => new URL(request.url).searchParams.get('coachId') === 'c1')).toBe(true);

    await user.click(
      within(table).getByRole('button', { name: 'Budget ändern: Clara Coach (Demo), Künstlerstadt Kalbe e.V., Finanzierung' }),
    );
    const dialog = screen.getByRole('dialog', { name: 'Stundenbudget ändern: Künstlerstadt Kalbe e.V.' });
    const budget = await within(dialog).findByRole('textbox', { name: /^Stundenbudget/ });
    await user.clear(budget);
    await user.type(budget, '1,25{Enter}');
    expect(await within(dialog).findByText('Inzwischen hat jemand anderes gespeichert')).toBeVisible();
    const put = requests.find((request) => request.method === 'PUT')!;
    expect(put.headers.get('If-Match')).toBe('"7"');
    expect(await put.json()).toEqual({ hourBudget: 1.25 });

    await user.click(within(dialog).getByRole('button', { name: 'Speichern' }));
    expect(await screen.findByText('Zuordnung von Clara Coach (Demo) zu Künstlerstadt Kalbe e.V. gespeichert.')).toBeVisible();
    expect(await screen.findByRole('row', { name: /Künstlerstadt Kalbe e\.V\..*fast aufgebraucht/ })).toBeVisible();
  });

  it('is closed to coaches', () => {
    stubApi({});
    renderApp({ route: '/admin/coaching-assignments', auth: signedInAuth('Clara Coach (Demo)', ['coach']) });
    expect(screen.getByText('Coaches und Zuordnungen verwalten Koordination und Administration.')).toBeVisible();
  });
});
