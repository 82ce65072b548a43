import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { problem, stubApi } from '@/test/fake-api';
import { renderApp, signedInAuth } from '@/test/render-app';
import { milestone, milestonePage, noActivities, tandem, TANDEM_ID, tandemPage, tandemPath } from '../testing/fixtures';

const route = `/tandems/${TANDEM_ID}`;
const coordinator = () => signedInAuth('Konrad Koordinator (Demo)', ['coordinator']);
const partner = () => signedInAuth('Paul Partner (Demo)', ['partner']);
const milestonePath = `${tandemPath}/milestones/${milestone().id}`;

describe('tandem page', () => {
  it('shows the organisations, the concept link, the status and "x von y Meilensteinen erledigt"', async () => {
    stubApi({
      [tandemPath]: () => ({ body: tandem(), headers: { ETag: '"4"' } }),
      [`${tandemPath}/milestones`]: () => ({ body: milestonePage() }),
      [`${tandemPath}/activities`]: () => ({ body: noActivities }),
    });
    renderApp({ route, auth: partner() });

    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Tandem: Künstlerkolonie Fichtelgebirge e.V. und Kreativnetz Erzgebirge (Demo)',
      }),
    ).toBeVisible();
    expect(screen.getByRole('link', { name: 'Netzwerk der Kreativen im ländlichen Raum' })).toHaveAttribute(
      'href',
      '/concepts/5b0c2d4e-1a01-4f6e-9c30-000000000002',
    );
    expect(screen.getByText('Aktiv')).toBeVisible();
    expect(screen.getByText('2 von 5 Meilensteinen erledigt')).toBeVisible();
    const progress = screen.getByRole('progressbar', { name: 'Fortschritt' });
    expect(progress).toHaveAttribute('aria-valuetext', '2 von 5 Meilensteinen erledigt');
    const table = await screen.findByRole('table', { name: 'Meilensteine des Tandems' });
    const row = within(table).getByRole('row', { name: /Kreative der Region finden/ });
    expect(row).toHaveTextContent('Organisationsentwicklung');
    expect(row).toHaveTextContent('Kreativnetz Erzgebirge (Demo)');
    expect(row).toHaveTextContent('In Arbeit');
  });

  it('saves a milestone with If-Match and explains a 412', async () => {
    const user = userEvent.setup();
    let puts = 0;
    const { requests } = stubApi({
      [tandemPath]: () => ({ body: tandem() }),
      [`${tandemPath}/milestones`]: () => ({ body: milestonePage() }),
      [`${tandemPath}/activities`]: () => ({ body: noActivities }),
      [milestonePath]: () => {
        puts += 1;
        return puts === 1
          ? problem(412, 'Precondition Failed', 'Version 3 is outdated')
          : { body: milestone({ status: 'DONE', version: 4 }) };
      },
    });
    renderApp({ route, auth: partner() });

    await user.click(await screen.findByRole('button', { name: 'Kreative der Region finden bearbeiten' }));
    const dialog = screen.getByRole('dialog', { name: 'Meilenstein bearbeiten: Kreative der Region finden' });
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Status' }), 'DONE');
    await user.type(within(dialog).getByRole('textbox', { name: 'Anpassung durch das Tandem' }), 'Mit dem Landratsamt');
    await user.click(within(dialog).getByRole('button', { name: 'Speichern' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Der Meilenstein wurde inzwischen geändert.');
    const put = requests.find((request) => request.method === 'PUT')!;
    expect(put.headers.get('If-Match')).toBe('"3"');
    expect(await put.json()).toEqual({
      status: 'DONE',
      dueOn: '2023-06-30',
      ownerOrganisationId: '5b0c2d4e-1a01-4f6e-9c10-000000000201',
      adaptationNotes: 'Mit dem Landratsamt',
    });

    await user.click(within(dialog).getByRole('button', { name: 'Speichern' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await screen.findByText('Meilenstein gespeichert.')).toBeVisible();
  });

  it('offers the allowed steps only, and cancelling needs a reason', async () => {
    const user = userEvent.setup();
    const { requests } = stubApi({
      [tandemPath]: () => ({
        body: tandem({
          status: 'PROPOSED',
          // staff do not agree on the organisations' behalf: the API offers them only the cancellation
          availableTransitions: ['CANCELLED'],
          milestones: { total: 0, open: 0, inProgress: 0, done: 0, overdue: 0 },
        }),
      }),
      [`${tandemPath}/milestones`]: () => ({ body: milestonePage([]) }),
      [`${tandemPath}/activities`]: () => ({ body: noActivities }),
      [`${tandemPath}/transitions`]: () => ({
        body: tandem({ status: 'CANCELLED', availableTransitions: [], cancelReason: 'Kein Interesse mehr' }),
      }),
    });
    renderApp({ route, auth: coordinator() });

    const workflow = (await screen.findByRole('heading', { level: 2, name: 'Arbeitsablauf' })).closest('section')!;
    expect(
      within(workflow)
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(['Abbrechen']);
    expect(screen.getByText('0 von 0 Meilensteinen erledigt')).toBeVisible();

    await user.click(within(workflow).getByRole('button', { name: 'Abbrechen' }));
    const dialog = screen.getByRole('dialog', { name: /^Abbrechen: Tandem Künstlerkolonie Fichtelgebirge e\.V\. – / });
    expect(dialog).toHaveTextContent('Dieser Schritt lässt sich nicht rückgängig machen.');
    await user.click(within(dialog).getByRole('button', { name: 'Ja, Abbrechen' }));
    expect(within(dialog).getByText('Bitte geben Sie einen Grund für den Abbruch an.')).toBeVisible();
    expect(requests.some((request) => request.method === 'POST')).toBe(false);

    await user.type(within(dialog).getByRole('textbox', { name: 'Grund des Abbruchs' }), 'Kein Interesse mehr');
    await user.click(within(dialog).getByRole('button', { name: 'Ja, Abbrechen' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const post = requests.find((request) => request.method === 'POST')!;
    expect(await post.json()).toEqual({ to: 'CANCELLED', reason: 'Kein Interesse mehr' });
    expect(await screen.findByText('Status geändert: Abgebrochen.')).toBeVisible();
  });

  it('logs an activity', async () => {
    const user = userEvent.setup();
    const { requests } = stubApi({
      [tandemPath]: () => ({ body: tandem() }),
      [`${tandemPath}/milestones`]: () => ({ body: milestonePage() }),
      [`${tandemPath}/activities`]: (request) =>
        request.method === 'POST'
          ? {
              status: 201,
              body: {
                id: 'a1',
                tandemId: TANDEM_ID,
                type: 'VISIT',
                heldOn: '2023-05-02',
                participants: 'Paul, Erika',
                createdByName: 'Paul Partner (Demo)',
                createdAt: '2023-05-02T10:00:00+02:00',
              },
            }
          : { body: noActivities },
    });
    renderApp({ route, auth: partner() });

    const form = await screen.findByRole('form', { name: 'Aktivität eintragen' });
    await user.click(within(form).getByRole('button', { name: 'Eintragen' }));
    expect(within(form).getByText('Bitte nennen Sie die Teilnehmenden.')).toBeVisible();
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Art' }), 'VISIT');
    await user.clear(within(form).getByLabelText('Datum'));
    await user.type(within(form).getByLabelText('Datum'), '2023-05-02');
    await user.type(within(form).getByRole('textbox', { name: 'Teilnehmende' }), 'Paul, Erika');
    await user.click(within(form).getByRole('button', { name: 'Eintragen' }));
    expect(await within(form).findByText('Aktivität eingetragen.')).toBeVisible();
    const post = requests.find((request) => request.method === 'POST')!;
    expect(await post.json()).toEqual({ type: 'VISIT', heldOn: '2023-05-02', participants: 'Paul, Erika' });
  });
});

describe('tandems list', () => {
  it('shows each tandem with its organisations, concept, status and progress', async () => {
    stubApi({ '/api/v1/tandems': () => ({ body: tandemPage() }) });
    renderApp({ route: '/tandems', auth: coordinator() });

    const table = await screen.findByRole('table', { name: 'Tandems' });
    const row = within(table).getByRole('row', { name: /Künstlerkolonie Fichtelgebirge/ });
    expect(
      within(row).getByRole('link', { name: 'Künstlerkolonie Fichtelgebirge e.V. mit Kreativnetz Erzgebirge (Demo)' }),
    ).toHaveAttribute('href', `/tandems/${TANDEM_ID}`);
    expect(row).toHaveTextContent('Netzwerk der Kreativen im ländlichen Raum');
    expect(row).toHaveTextContent('Aktiv');
    expect(within(row).getByRole('progressbar')).toHaveAttribute('aria-valuetext', '40 % der Meilensteine erledigt');
    expect(screen.getByRole('link', { name: 'Tandem vorschlagen' })).toHaveAttribute('href', '/tandems/suggest');
    expect(within(screen.getByRole('banner')).getByRole('link', { name: 'Tandems' })).toBeVisible();
  });

  it('has no nav item and no propose link for users without a tandem role', async () => {
    stubApi({ '/api/v1/tandems': () => ({ body: tandemPage([]) }) });
    renderApp({ route: '/tandems', auth: signedInAuth('Jana Jury', ['juror']) });
    expect(await screen.findByText('Keine Tandems gefunden.')).toBeVisible();
    expect(within(screen.getByRole('banner')).queryByRole('link', { name: 'Tandems' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Tandem vorschlagen' })).not.toBeInTheDocument();
  });
});
