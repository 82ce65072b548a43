import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { problem, stubApi } from '@/test/fake-api';
import { renderApp, signedInAuth } from '@/test/render-app';
import type { ReportingPeriod } from '../api/get-reporting-periods';
import { saxonyScope } from '../testing/fixtures';

const coordinator = () => signedInAuth('Konrad Koordinator (Demo)', ['coordinator']);

const indicators = {
  items: [
    {
      key: 'actors_reached',
      nameDe: 'Erreichte AkteurInnen',
      nameEn: 'Actors reached',
      unit: 'Personen',
      kind: 'FLOW',
      source: 'MANUAL',
    },
    {
      key: 'facebook_followers',
      nameDe: 'Facebook-Follower',
      nameEn: 'Facebook followers',
      unit: 'Follower',
      kind: 'STOCK',
      source: 'MANUAL',
    },
    {
      key: 'events_held',
      nameDe: 'Eigene Veranstaltungen und Netzwerkgespräche',
      nameEn: 'Own events',
      unit: 'Veranstaltungen',
      kind: 'FLOW',
      source: 'DERIVED',
    },
  ],
  page: 0,
  size: 100,
  totalItems: 3,
  totalPages: 1,
};

const openPeriod: ReportingPeriod = {
  id: '8f3e5a10-4d07-4f6e-9c71-000000000002',
  name: 'Zweite 100 Tage',
  startsOn: '2017-10-05',
  endsOn: '2018-01-12',
  submittedByYou: false,
  status: 'OPEN',
  allowedTransitions: ['SUBMITTED'],
  version: 3,
};

function stubManage(transition: (request: Request) => ReturnType<typeof problem> | { body: unknown }) {
  return stubApi({
    '/api/v1/indicators': () => ({ body: indicators }),
    '/api/v1/metric-scopes': () => ({ body: { items: [saxonyScope], page: 0, size: 100, totalItems: 1, totalPages: 1 } }),
    '/api/v1/reporting-periods': () => ({ body: { items: [openPeriod], page: 0, size: 100, totalItems: 1, totalPages: 1 } }),
    '/api/v1/measurements': async (request) => ({ status: 201, body: { id: 'm1', ...(await request.json()) } }),
    [`/api/v1/reporting-periods/${openPeriod.id}/transitions`]: transition,
  });
}

describe('entering figures and moving reporting periods', () => {
  it('posts a FLOW value with validFrom and validTo, and a STOCK value with asOf', async () => {
    const user = userEvent.setup();
    const { requests } = stubManage(() => ({ body: openPeriod }));
    renderApp({ route: '/outreach/manage', auth: coordinator() });

    const indicator = await screen.findByLabelText('Kennzahl');
    // Only MANUAL indicators take measurements.
    expect(
      within(indicator)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Erreichte AkteurInnen', 'Facebook-Follower']);
    fireEvent.change(screen.getByLabelText('Gilt von'), { target: { value: '2017-10-05' } });
    fireEvent.change(screen.getByLabelText('Gilt bis'), { target: { value: '2017-10-11' } });
    await user.type(screen.getByLabelText('Wert'), '212');
    await user.click(screen.getByRole('button', { name: 'Wert speichern' }));

    expect(await screen.findByText('Der Wert wurde gespeichert.')).toBeVisible();
    const post = requests.find((request) => request.method === 'POST')!;
    expect(await post.json()).toEqual({
      indicatorKey: 'actors_reached',
      scopeId: saxonyScope.id,
      value: 212,
      validFrom: '2017-10-05',
      validTo: '2017-10-11',
    });

    await user.selectOptions(indicator, 'facebook_followers');
    expect(screen.queryByLabelText('Gilt von')).not.toBeInTheDocument();
    fireEvent.change(screen.getByLabelText('Stichtag'), { target: { value: '2017-10-11' } });
    await user.click(screen.getByRole('button', { name: 'Wert speichern' }));
    await waitFor(() => expect(requests.filter((request) => request.method === 'POST')).toHaveLength(2));
    const second = await requests.filter((request) => request.method === 'POST')[1]!.json();
    expect(second).toMatchObject({ indicatorKey: 'facebook_followers', asOf: '2017-10-11', value: 212 });
    expect(second).not.toHaveProperty('validFrom');
  });

  it('submits a period with If-Match of the version shown', async () => {
    const user = userEvent.setup();
    const { requests } = stubManage(() => ({
      body: { ...openPeriod, status: 'SUBMITTED', allowedTransitions: ['APPROVED', 'OPEN'], version: 4 },
    }));
    renderApp({ route: '/outreach/manage', auth: coordinator() });

    await user.click(await screen.findByRole('button', { name: 'Einreichen: Zweite 100 Tage' }));

    expect(await screen.findByText('„Zweite 100 Tage“ ist jetzt: Eingereicht.')).toBeVisible();
    const post = requests.find((request) => request.url.endsWith('/transitions'))!;
    expect(post.headers.get('If-Match')).toBe('"3"');
    expect(await post.json()).toEqual({ to: 'SUBMITTED' });
  });

  it('explains a refused step (409) with the API detail', async () => {
    const user = userEvent.setup();
    stubManage(() => problem(409, 'Conflict', 'Allowed from OPEN: SUBMITTED'));
    renderApp({ route: '/outreach/manage', auth: coordinator() });

    await user.click(await screen.findByRole('button', { name: 'Einreichen: Zweite 100 Tage' }));

    // the stub refuses the page's other requests too; the step's alert is the one that names it
    const alert = (await screen.findByText('Dieser Schritt ist nicht möglich.')).closest('[role="alert"]')!;
    expect(alert).toHaveTextContent('Dieser Schritt ist nicht möglich.');
    expect(alert).toHaveTextContent('Allowed from OPEN: SUBMITTED');
  });

  it('tells advisors that only coordinators and admins enter figures', async () => {
    stubManage(() => ({ body: openPeriod }));
    renderApp({ route: '/outreach/manage', auth: signedInAuth('Anna Advisor', ['advisor']) });
    expect(screen.getByText('Kennzahlen erfassen können nur Koordination und Administration.')).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Wert speichern' })).not.toBeInTheDocument();
  });
});
