import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { problem, stubApi, validationProblem } from '@/test/fake-api';
import { renderApp, signedInAuth } from '@/test/render-app';
import type { EventPublication, OutreachEvent, RegistrationDetail } from '../api/event-publications';

const ID = '8f3e5a10-4d07-4f6e-9c73-000000000830';
const coordinator = () => signedInAuth('Cora Koordination (Demo)', ['coordinator']);

const event: OutreachEvent = {
  id: ID,
  title: 'Netzwerkreise Breslau (Demo)',
  type: 'TRIP',
  heldOn: '2027-01-20',
  town: 'Breslau (Polen)',
  scopeId: '8f3e5a10-4d07-4f6e-9c70-000000000001',
  participants: 0,
  organisationIds: [],
  version: 1,
};

function publication(overrides: Partial<EventPublication> = {}): EventPublication {
  return {
    eventId: ID,
    isPublic: false,
    description: null,
    startsAt: null,
    endsOn: null,
    venue: null,
    destination: null,
    country: null,
    partnerEvent: null,
    capacity: null,
    registrationOpen: true,
    confirmed: 0,
    waitlisted: 0,
    version: 0,
    ...overrides,
  };
}

function registration(name: string, status: RegistrationDetail['status']): RegistrationDetail {
  return {
    id: `${name}-id`,
    name,
    email: `${name.toLowerCase()}@example.org`,
    status,
    registeredAt: '2026-12-07T10:00:00Z',
    confirmedAt: status === 'CONFIRMED' ? '2026-12-07T10:00:00Z' : null,
    movedUpAt: null,
    cancelledAt: null,
  };
}

describe('event publication for staff', () => {
  it('publishes a trip with capacity and trip details, If-Match from the unpublished state', async () => {
    const user = userEvent.setup();
    const { requests } = stubApi({
      [`/api/v1/metric-events/${ID}`]: () => ({ body: event }),
      [`/api/v1/event-publications/${ID}`]: async (request) => {
        if (request.method !== 'PUT') return { body: publication(), headers: { ETag: '"0"' } };
        const body = (await request.clone().json()) as Partial<EventPublication>;
        return { body: publication({ ...body, version: 1 }), headers: { ETag: '"1"' } };
      },
      [`/api/v1/public-events/${ID}/registrations`]: () => ({
        body: { items: [], page: 0, size: 50, totalItems: 0, totalPages: 0 },
      }),
    });
    renderApp({ route: `/events/manage/${ID}`, auth: coordinator() });

    const form = await screen.findByRole('form', { name: 'Öffentliche Angaben' });
    expect(screen.getByText('Diese Veranstaltung nimmt keine Anmeldungen an (keine Plätze angegeben).')).toBeVisible();
    await user.click(within(form).getByRole('checkbox', { name: 'Im öffentlichen Kalender zeigen' }));
    await user.type(within(form).getByRole('textbox', { name: /^Reiseziel/ }), 'Breslau');
    await user.type(within(form).getByRole('textbox', { name: /^Land/ }), 'pl');
    await user.type(within(form).getByRole('textbox', { name: /^Partnerveranstaltung/ }), 'Design Days');
    await user.type(within(form).getByRole('spinbutton', { name: /^Plätze/ }), '10');
    await user.click(within(form).getByRole('checkbox', { name: 'Anmeldung geöffnet' }));
    await user.click(within(form).getByRole('button', { name: 'Speichern' }));
    expect(await within(form).findByText('Gespeichert.')).toBeVisible();

    const put = requests.find((request) => request.method === 'PUT')!;
    expect(put.headers.get('If-Match')).toBe('"0"');
    expect(await put.json()).toEqual({
      isPublic: true,
      description: null,
      startsAt: null,
      endsOn: null,
      venue: null,
      destination: 'Breslau',
      country: 'PL',
      partnerEvent: 'Design Days',
      capacity: 10,
      registrationOpen: false,
    });
    expect(await screen.findByText('0 von 10 Plätzen vergeben, 0 auf der Warteliste.')).toBeVisible();
  }, 30_000);

  it('names the field the API refused and refuses a capacity that is no whole number before sending', async () => {
    const user = userEvent.setup();
    const { requests } = stubApi({
      [`/api/v1/metric-events/${ID}`]: () => ({ body: event }),
      [`/api/v1/event-publications/${ID}`]: (request) =>
        request.method === 'PUT'
          ? validationProblem([{ field: 'save.input.country', message: 'muss ein Ländercode aus zwei Buchstaben sein' }])
          : { body: publication(), headers: { ETag: '"0"' } },
    });
    renderApp({ route: `/events/manage/${ID}`, auth: coordinator() });
    const form = await screen.findByRole('form', { name: 'Öffentliche Angaben' });
    await user.type(within(form).getByRole('spinbutton', { name: /^Plätze/ }), '2.5');
    await user.click(within(form).getByRole('button', { name: 'Speichern' }));
    expect(await screen.findByText('Plätze: Bitte eine ganze Zahl eingeben.')).toBeVisible();
    expect(requests.filter((request) => request.method === 'PUT')).toHaveLength(0);

    await user.clear(within(form).getByRole('spinbutton', { name: /^Plätze/ }));
    await user.type(within(form).getByRole('textbox', { name: /^Land/ }), 'Polen');
    await user.click(within(form).getByRole('button', { name: 'Speichern' }));
    expect(await screen.findByText('Land (Ländercode): muss ein Ländercode aus zwei Buchstaben sein')).toBeVisible();
  }, 30_000);

  it('lists registrations by name with the waiting list in order, and on 412 offers the latest version', async () => {
    const user = userEvent.setup();
    stubApi({
      [`/api/v1/metric-events/${ID}`]: () => ({ body: { ...event, type: 'COOPERATION' } }),
      [`/api/v1/event-publications/${ID}`]: (request) =>
        request.method === 'PUT'
          ? problem(412, 'Precondition Failed')
          : {
              body: publication({ isPublic: true, capacity: 1, confirmed: 1, waitlisted: 2, version: 4 }),
              headers: { ETag: '"4"' },
            },
      [`/api/v1/public-events/${ID}/registrations`]: () => ({
        body: {
          items: [registration('Anna', 'CONFIRMED'), registration('Bert', 'WAITLISTED'), registration('Cora', 'WAITLISTED')],
          page: 0,
          size: 50,
          totalItems: 3,
          totalPages: 1,
        },
      }),
    });
    renderApp({ route: `/events/manage/${ID}`, auth: coordinator() });
    const table = await screen.findByRole('table', { name: /^Anmeldungen/ });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('cell')[1]!.textContent)).toEqual([
      'Angemeldet',
      'Warteliste, Platz 1',
      'Warteliste, Platz 2',
    ]);
    expect(within(table).queryByText('anna@example.org')).toBeNull();
    expect(screen.queryByRole('group', { name: 'Netzwerkreise' })).toBeNull();

    const form = screen.getByRole('form', { name: 'Öffentliche Angaben' });
    await user.click(within(form).getByRole('button', { name: 'Speichern' }));
    expect(await screen.findByText('Jemand anderes hat die Veröffentlichung inzwischen gespeichert.')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Neueste Fassung laden' })).toBeVisible();
  }, 30_000);
});
