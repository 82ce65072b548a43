import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { problem, stubApi, validationProblem } from '@/test/fake-api';
import { renderApp, signedInAuth } from '@/test/render-app';

const ID = '3e5a0c1f-5e1c-4b7a-8a03-000000000004';
const participation = (weight: number, version: number) => ({
  id: ID,
  key: 'PARTICIPATION',
  nameDe: 'Partizipation',
  nameEn: 'Participation',
  descriptionDe: 'Menschen vor Ort gestalten das Projekt mit.',
  descriptionEn: null,
  weight,
  position: 4,
  active: true,
  version,
});
const page = <T,>(items: T[]) => ({ items, page: 0, size: 20, totalItems: items.length, totalPages: 1 });

describe('selection criteria screen', { timeout: 30_000 }, () => {
  it('saves a new weight with If-Match from the GET, and after a 412 reloads the latest version', async () => {
    const user = userEvent.setup();
    let latest = participation(1, 3);
    const answers = ['412'];
    const { requests } = stubApi({
      '/api/v1/selection-criteria': () => ({ body: page([latest]) }),
      [`/api/v1/selection-criteria/${ID}`]: (request) => {
        if (request.method === 'GET') return { body: latest, headers: { ETag: `"${latest.version}"` } };
        if (answers.shift() === '412') {
          latest = participation(2, 4); // somebody else saved meanwhile
          return problem(412, 'Precondition Failed');
        }
        return { body: participation(3.5, 5), headers: { ETag: '"5"' } };
      },
    });
    renderApp({ route: '/admin/selection-criteria', auth: signedInAuth('Ada Admin (Demo)', ['admin']) });

    const table = await screen.findByRole('table', { name: 'Auswahlkriterien in Katalogreihenfolge' }, { timeout: 5000 });
    expect(within(table).getByRole('row', { name: /Partizipation.*PARTICIPATION.*1.*aktiv/ })).toBeVisible();
    await user.click(within(table).getByRole('button', { name: 'Bearbeiten: Partizipation' }));
    const dialog = screen.getByRole('dialog', { name: 'Kriterium bearbeiten: Partizipation' });
    const weight = await within(dialog).findByRole('textbox', { name: /^Gewicht/ });
    await user.clear(weight);
    await user.type(weight, '3,5');
    await user.click(within(dialog).getByRole('button', { name: 'Speichern' }));

    expect(await within(dialog).findByText('Inzwischen hat jemand anderes gespeichert')).toBeVisible();
    const first = requests.find((request) => request.method === 'PUT')!;
    expect(first.headers.get('If-Match')).toBe('"3"');
    expect(await first.json()).toMatchObject({ weight: 3.5, position: 4, active: true, nameDe: 'Partizipation' });

    await user.click(within(dialog).getByRole('button', { name: 'Neueste Fassung laden' }));
    expect(await within(dialog).findByText('Die neueste Fassung ist geladen.')).toBeVisible();
    expect(within(dialog).getByRole('textbox', { name: /^Gewicht/ })).toHaveValue('2');
    await user.clear(within(dialog).getByRole('textbox', { name: /^Gewicht/ }));
    await user.type(within(dialog).getByRole('textbox', { name: /^Gewicht/ }), '3,5');
    await user.click(within(dialog).getByRole('button', { name: 'Speichern' }));

    expect(await screen.findByText('Kriterium „Partizipation“ gespeichert.')).toBeVisible();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    const second = requests.filter((request) => request.method === 'PUT')[1]!;
    expect(second.headers.get('If-Match')).toBe('"4"');
  });

  it('checks required fields and numbers before sending, and shows the API refusal at its field', async () => {
    const user = userEvent.setup();
    const { requests } = stubApi({
      '/api/v1/selection-criteria': (request) =>
        request.method === 'POST'
          ? validationProblem([{ field: 'create.input.weight', message: 'must be less than or equal to 100.00' }])
          : { body: page([participation(1, 3)]) },
    });
    renderApp({ route: '/admin/selection-criteria', auth: signedInAuth('Ada Admin (Demo)', ['admin']) });

    await user.click(await screen.findByRole('button', { name: 'Neues Kriterium' }, { timeout: 5000 }));
    const dialog = screen.getByRole('dialog', { name: 'Neues Kriterium' });
    await user.type(within(dialog).getByRole('textbox', { name: /^Gewicht/ }), '{Control>}a{/Control}viel');
    await user.click(within(dialog).getByRole('button', { name: 'Kriterium anlegen' }));
    const summary = within(dialog).getByRole('alert', { name: 'Bitte prüfen Sie Ihre Angaben' });
    expect(within(summary).getByRole('link', { name: 'Schlüssel: Bitte ausfüllen.' })).toBeVisible();
    expect(within(summary).getByRole('link', { name: 'Gewicht: Bitte geben Sie eine Zahl ein.' })).toBeVisible();
    expect(requests.filter((request) => request.method === 'POST')).toHaveLength(0);

    await user.type(within(dialog).getByRole('textbox', { name: /^Schlüssel/ }), 'REGIONAL_NETWORK');
    await user.type(within(dialog).getByRole('textbox', { name: /^Name \(Deutsch\)/ }), 'Regionales Netzwerk');
    await user.type(within(dialog).getByRole('textbox', { name: /^Name \(Englisch\)/ }), 'Regional network');
    await user.clear(within(dialog).getByRole('textbox', { name: /^Gewicht/ }));
    await user.type(within(dialog).getByRole('textbox', { name: /^Gewicht/ }), '500');
    await user.type(within(dialog).getByRole('textbox', { name: /^Reihenfolge/ }), '9');
    await user.click(within(dialog).getByRole('button', { name: 'Kriterium anlegen' }));
    expect(await within(dialog).findByRole('link', { name: 'Gewicht: must be less than or equal to 100.00' })).toBeVisible();
    const sent = requests.find((request) => request.method === 'POST')!;
    expect(await sent.json()).toEqual({
      key: 'REGIONAL_NETWORK',
      nameDe: 'Regionales Netzwerk',
      nameEn: 'Regional network',
      descriptionDe: null,
      descriptionEn: null,
      weight: 500,
      position: 9,
      active: true,
    });
  });

  it('is for admins: a coordinator is told so and nothing is listed', () => {
    const { requests } = stubApi({});
    renderApp({ route: '/admin/selection-criteria', auth: signedInAuth('Konrad Koordinator (Demo)', ['coordinator']) });
    expect(screen.getByText('Die Auswahlkriterien verwalten AdministratorInnen.')).toBeVisible();
    expect(requests.filter((request) => request.url.includes('selection-criteria'))).toHaveLength(0);
  });
});
