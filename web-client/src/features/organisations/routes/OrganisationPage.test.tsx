import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { problem, stubApi } from '@/test/fake-api';
import { kalbe, karla } from '@/test/fixtures';
import { renderApp, signedInAuth } from '@/test/render-app';

const PATH = `/api/v1/organisations/${kalbe.id}`;

function detail(term: string): HTMLElement {
  return screen.getByText(term, { selector: 'dt' }).nextElementSibling as HTMLElement;
}

describe('internal organisation page', () => {
  it('shows every field and the contact persons, with an edit link for staff', async () => {
    stubApi({
      [PATH]: () => ({ body: kalbe, headers: { ETag: '"3"' } }),
      [`${PATH}/contacts`]: () => ({ body: [karla] }),
      [`${PATH}/assessments`]: () => ({
        body: {
          organisation: { id: kalbe.id, name: kalbe.name },
          candidacies: [
            {
              candidateId: 'c1',
              round: { id: 'r1', name: 'Auswahlrunde 2020', status: 'OPEN' },
              weightedScore: 4.1,
              decision: 'REJECTED',
              rationale: 'Doch nicht',
              assessments: [],
              decisions: [
                {
                  candidateId: 'c1',
                  decision: 'SELECTED',
                  rationale: 'Sehr überzeugend',
                  decidedBy: 'Konrad Koordinator (Demo)',
                  decidedAt: '2020-05-01T10:00:00Z',
                },
                {
                  candidateId: 'c1',
                  decision: 'REJECTED',
                  rationale: 'Doch nicht',
                  decidedBy: 'Ada Admin (Demo)',
                  decidedAt: '2020-05-02T10:00:00Z',
                },
              ],
            },
          ],
        },
      }),
    });
    renderApp({ route: `/organisations/${kalbe.id}`, auth: signedInAuth('Konrad Koordinator (Demo)', ['coordinator']) });

    expect(await screen.findByRole('heading', { level: 1, name: 'Künstlerstadt Kalbe e.V.' })).toBeVisible();
    expect(detail('Rechtsform')).toHaveTextContent('e.V.');
    expect(detail('Rolle im Programm')).toHaveTextContent('Beste-Praxis-PartnerIn');
    expect(detail('Postleitzahl')).toHaveTextContent('39624');
    expect(detail('Gemeinde')).toHaveTextContent('Kalbe (Milde)');
    expect(detail('Breitengrad')).toHaveTextContent('52.6556');
    expect(detail('Gründungsjahr')).toHaveTextContent('–');
    expect(detail('Gewünschte Beratungsthemen')).toHaveTextContent('Finanzierung, Baurecht');
    expect(screen.getByRole('link', { name: 'Bearbeiten' })).toHaveAttribute('href', `/organisations/${kalbe.id}/edit`);
    expect(screen.getByRole('link', { name: 'Zurück zur Organisationsliste' })).toHaveAttribute('href', '/organisations');
    const contacts = screen.getByRole('region', { name: 'Kontaktpersonen' });
    expect(await within(contacts).findByText('Karla Kontakt (Demo)')).toBeVisible();
    // a revised decision shows beside the one it replaced, each with its reason
    const selection = screen.getByRole('region', { name: 'Auswahlverfahren' });
    expect(await within(selection).findByText('Begründung: Sehr überzeugend')).toBeVisible();
    expect(within(selection).getByText('Begründung: Doch nicht')).toBeVisible();
    expect(selection).toHaveTextContent('(später geändert)');
  });

  it('notes briefly when the API does not show the contact persons, and offers no edit link to advisors', async () => {
    stubApi({
      [PATH]: () => ({ body: kalbe, headers: { ETag: '"3"' } }),
      [`${PATH}/contacts`]: () => problem(403, 'Forbidden'),
    });
    renderApp({ route: `/organisations/${kalbe.id}`, auth: signedInAuth('Rita Regional (Demo)', ['advisor']) });

    const contacts = await screen.findByRole('region', { name: 'Kontaktpersonen' });
    expect(
      await within(contacts).findByText('Die Kontaktpersonen dieser Organisation sind für Sie nicht sichtbar.'),
    ).toBeVisible();
    expect(within(contacts).queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Bearbeiten' })).not.toBeInTheDocument();
  });

  it('sends partner users to their "Meine Organisation" page to edit', async () => {
    stubApi({ [PATH]: () => ({ body: kalbe, headers: { ETag: '"3"' } }), [`${PATH}/contacts`]: () => ({ body: [] }) });
    renderApp({ route: `/organisations/${kalbe.id}`, auth: signedInAuth('Paula Partner (Demo)', ['partner']) });

    expect(await screen.findByRole('link', { name: 'Bearbeiten' })).toHaveAttribute('href', '/my-organisation');
    expect(screen.queryByRole('link', { name: 'Zurück zur Organisationsliste' })).not.toBeInTheDocument();
  });

  it('says when the organisation is not visible', async () => {
    stubApi({ [PATH]: () => problem(404, 'Not Found') });
    renderApp({ route: `/organisations/${kalbe.id}`, auth: signedInAuth('Paula Partner (Demo)', ['partner']) });

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Diese Organisation gibt es nicht oder sie ist für Sie nicht sichtbar.',
    );
  });

  it('lets staff edit with the same form at /organisations/:id/edit', async () => {
    const user = userEvent.setup();
    const { requests } = stubApi({
      [PATH]: async (request) =>
        request.method === 'PUT'
          ? { body: { ...kalbe, ...(await request.json()), version: 4 }, headers: { ETag: '"4"' } }
          : { body: kalbe, headers: { ETag: '"3"' } },
      [`${PATH}/contacts`]: () => ({ body: [] }),
    });
    renderApp({
      route: `/organisations/${kalbe.id}/edit`,
      auth: signedInAuth('Konrad Koordinator (Demo)', ['coordinator']),
    });

    expect(screen.getByRole('heading', { level: 1, name: 'Organisation bearbeiten' })).toBeVisible();
    await user.type(await screen.findByRole('textbox', { name: 'Gründungsjahr' }), '2013');
    await user.click(screen.getByRole('button', { name: 'Speichern' }));

    expect(await screen.findByText('Gespeichert')).toBeVisible();
    const put = requests.find((request) => request.method === 'PUT')!;
    expect(put.headers.get('If-Match')).toBe('"3"');
    expect(await put.json()).toMatchObject({ foundingYear: 2013, programmeRole: 'BEST_PRACTICE' });
  });
});
