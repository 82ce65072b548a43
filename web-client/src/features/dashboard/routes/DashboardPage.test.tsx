import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { stubApi } from '@/test/fake-api';
import { renderApp, signedInAuth } from '@/test/render-app';

const ROUND = { id: '9d2f4b6a-7c31-4e58-b0a4-000000002026', name: 'Auswahlrunde 2026', status: 'OPEN' };
const total = (totalItems: number) => ({ items: [], page: 0, size: 1, totalItems, totalPages: totalItems });
const page = <T,>(items: T[]) => ({ items, page: 0, size: 100, totalItems: items.length, totalPages: 1 });
const org = (name: string) => ({ id: `id-${name}`, name, town: 'Ort', state: 'SN' });
const candidate = (complete: boolean, decision: string | null) => ({ id: crypto.randomUUID(), complete, decision });
const assignment = (name: string, hourBudget: number, hoursUsed: number) => ({
  id: `a-${name}`,
  coach: { id: 'c1', name: 'Clara Coach (Demo)' },
  organisation: org(name),
  topic: 'FINANCING',
  hourBudget,
  hoursUsed,
  hoursRemaining: hourBudget - hoursUsed,
  overBudget: hoursUsed > hourBudget,
  hoursOver: Math.max(0, hoursUsed - hourBudget),
});

function stubWaiting() {
  return stubApi({
    '/api/v1/transfer-concepts': () => ({ body: total(2) }),
    '/api/v1/learning-modules': () => ({ body: total(0) }),
    '/api/v1/reporting-periods': (request) => ({
      body: total(new URL(request.url).searchParams.get('status') === 'OPEN' ? 1 : 3),
    }),
    '/api/v1/selection-rounds': () => ({ body: page([{ ...ROUND, candidateCount: 4, decidedCount: 1 }]) }),
    [`/api/v1/selection-rounds/${ROUND.id}`]: () => ({
      body: {
        ...ROUND,
        candidates: [candidate(true, null), candidate(false, null), candidate(false, null), candidate(true, 'SELECTED')],
      },
    }),
    '/api/v1/tandems': () => ({
      body: page([
        { id: 't1', bestPracticeOrganisation: org('Kalbe'), tandemOrganisation: org('Neustadt'), overdueMilestones: 2 },
        { id: 't2', bestPracticeOrganisation: org('Haldern'), tandemOrganisation: org('Altdorf'), overdueMilestones: 0 },
      ]),
    }),
    '/api/v1/coaching-assignments': () => ({
      body: page([assignment('Kalbe', 10, 8), assignment('Eschwege', 10, 2), assignment('Rees', 4, 5)]),
    }),
  });
}

describe('staff dashboard', { timeout: 30_000 }, () => {
  it('shows a coordinator what waits, each entry a link, and leaves out what does not', async () => {
    stubWaiting();
    renderApp({ route: '/dashboard', auth: signedInAuth('Konrad Koordinator (Demo)', ['coordinator']) });

    const concepts = await screen.findByRole('region', { name: 'Transferkonzepte in Prüfung' }, { timeout: 5000 });
    expect(await within(concepts).findByRole('link', { name: '2 Konzepte warten auf Prüfung' })).toHaveAttribute(
      'href',
      '/concepts?status=IN_REVIEW',
    );
    expect(await screen.findByText('Kein Modul wartet auf Prüfung.')).toBeVisible();
    expect(
      await screen.findByRole('link', { name: 'Auswahlrunde 2026: 3 Kandidaturen offen, davon 2 nicht vollständig bewertet' }),
    ).toHaveAttribute('href', `/selection/${ROUND.id}`);
    expect(await screen.findByRole('link', { name: '1 Zeitraum offen: Kennzahlen erfassen und einreichen' })).toBeVisible();
    expect(await screen.findByRole('link', { name: '3 Zeiträume eingereicht: warten auf Freigabe' })).toBeVisible();
    const tandems = screen.getByRole('region', { name: 'Überfällige Tandem-Meilensteine' });
    expect(await within(tandems).findByRole('link', { name: 'Kalbe – Neustadt: 2 Meilensteine überfällig' })).toHaveAttribute(
      'href',
      '/tandems/t1',
    );
    expect(within(tandems).getAllByRole('link')).toHaveLength(1);
    const budgets = screen.getByRole('region', { name: 'Coaching-Budgets fast aufgebraucht' });
    expect(
      await within(budgets).findByRole('link', { name: 'Clara Coach (Demo) bei Kalbe: 8 von 10 Stunden geleistet' }),
    ).toBeVisible();
    expect(within(budgets).getByRole('link', { name: /bei Rees: 5 von 4 Stunden – Budget überschritten/ })).toBeVisible();
    expect(within(budgets).queryByText(/Eschwege/)).not.toBeInTheDocument();
  });

  it('shows a coach only the parts a coach can read, and asks nothing about periods or modules', async () => {
    const { requests } = stubWaiting();
    renderApp({ route: '/dashboard', auth: signedInAuth('Clara Coach (Demo)', ['coach']) });
    expect(
      await screen.findByRole(
        'link',
        { name: 'Auswahlrunde 2026: 2 Kandidaturen nicht vollständig bewertet' },
        { timeout: 5000 },
      ),
    ).toBeVisible();
    expect(screen.queryByRole('region', { name: 'Berichtszeiträume' })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Lernmodule in Prüfung' })).not.toBeInTheDocument();
    expect(requests.some((request) => request.url.includes('reporting-periods'))).toBe(false);
  });

  it('sends a partner to the start page', async () => {
    const { requests } = stubWaiting();
    renderApp({ route: '/dashboard', auth: signedInAuth('Paula Partner (Demo)', ['partner']) });
    expect(screen.queryByRole('heading', { level: 1, name: 'Was auf Sie wartet' })).not.toBeInTheDocument();
    expect(requests.some((request) => request.url.includes('coaching-assignments'))).toBe(false);
  });
});
