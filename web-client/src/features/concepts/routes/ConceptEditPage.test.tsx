import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { problem, stubApi, validationProblem } from '@/test/fake-api';
import { renderApp, signedInAuth } from '@/test/render-app';
import { concept, CONCEPT_ID } from '@/test/concept-fixtures';
import { conceptPath } from '../testing/fixtures';

const route = `/concepts/${CONCEPT_ID}/edit`;
const partner = () => signedInAuth('Paula Partner (Demo)', ['partner']);

describe('concept editor', () => {
  it('saves the whole working copy with If-Match and then offers to submit', async () => {
    const user = userEvent.setup();
    const { requests } = stubApi({
      [conceptPath]: async (request) => {
        if (request.method !== 'PUT') return { body: concept(), headers: { ETag: '"7"' } };
        const body = (await request.clone().json()) as { title: string; sections: object };
        return { body: concept({ ...body, version: 8 }), headers: { ETag: '"8"' } };
      },
    });
    renderApp({ route, auth: partner() });

    expect(await screen.findByRole('heading', { level: 1, name: 'Transferkonzept bearbeiten' })).toBeVisible();
    const offer = await screen.findByRole('textbox', { name: 'Das Angebot' });
    await user.type(offer, 'Ateliers **auf Zeit**.');
    await user.click(screen.getByRole('button', { name: 'Vorschau: Das Angebot' }));
    const preview = screen.getByRole('region', { name: 'Vorschau: Das Angebot' });
    expect(within(preview).getByText('auf Zeit').tagName).toBe('STRONG');

    // Transfer plan: add a step, fill it, move it up, remove the old second one.
    await user.click(screen.getByRole('button', { name: 'Schritt hinzufügen' }));
    const third = screen.getByRole('group', { name: 'Schritt 3' });
    await user.type(within(third).getByRole('textbox', { name: /^Titel/ }), 'Förderung beantragen');
    await user.type(within(third).getByRole('textbox', { name: /^Typische Dauer/ }), '4 Monate');
    await user.selectOptions(within(third).getByRole('combobox', { name: 'Thema' }), 'FINANCING');
    await user.click(within(third).getByRole('button', { name: 'Schritt 3 nach oben' }));
    await user.click(screen.getByRole('button', { name: 'Schritt 3 entfernen' }));

    await user.click(screen.getByRole('button', { name: 'Entwurf speichern' }));
    expect(await screen.findByText('Entwurf gespeichert.')).toBeVisible();

    const put = requests.find((request) => request.method === 'PUT')!;
    expect(put.headers.get('If-Match')).toBe('"7"');
    const body = (await put.json()) as { title: string; sections: Record<string, unknown> };
    expect(body.title).toBe('Künstlerstadt auf Zeit: Leerstand wird Atelier');
    expect(body.sections.offer).toBe('Ateliers **auf Zeit**.');
    expect(body.sections.startingSituation).toBe('Kalbe (Milde) hat **leerstehende** Häuser.');
    expect(body.sections.transferPlan).toEqual([
      { title: 'Leerstand erfassen', description: 'Häuser sammeln.', typicalDuration: '3 Monate', topic: 'BUILDING_LAW' },
      { title: 'Förderung beantragen', description: null, typicalDuration: '4 Monate', topic: 'FINANCING' },
    ]);
    // Submitting is a workflow step beneath the form.
    expect(screen.getByRole('button', { name: 'Einreichen' })).toBeVisible();

    // A second save sends the new ETag.
    await user.click(screen.getByRole('button', { name: 'Entwurf speichern' }));
    await waitFor(() => expect(requests.filter((request) => request.method === 'PUT')).toHaveLength(2));
    expect(requests.filter((request) => request.method === 'PUT')[1]!.headers.get('If-Match')).toBe('"8"');
  });

  it('on 412 keeps the input, says somebody else saved and loads the latest version on request', async () => {
    const user = userEvent.setup();
    let gets = 0;
    stubApi({
      [conceptPath]: (request) => {
        if (request.method === 'PUT') return problem(412, 'Precondition Failed', 'Somebody else changed this in the meantime');
        gets += 1;
        return gets === 1
          ? { body: concept(), headers: { ETag: '"7"' } }
          : { body: concept({ title: 'Von jemand anderem geändert', version: 9 }), headers: { ETag: '"9"' } };
      },
    });
    renderApp({ route, auth: partner() });

    const title = await screen.findByRole('textbox', { name: 'Titel' });
    await user.clear(title);
    await user.type(title, 'Mein neuer Titel');
    await user.click(screen.getByRole('button', { name: 'Entwurf speichern' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Inzwischen hat jemand anderes gespeichert');
    expect(alert).toHaveFocus();
    expect(title).toHaveValue('Mein neuer Titel');

    await user.click(within(alert).getByRole('button', { name: 'Neueste Fassung laden' }));
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Titel' })).toHaveValue('Von jemand anderem geändert'));
    expect(screen.queryByText('Inzwischen hat jemand anderes gespeichert')).not.toBeInTheDocument();
    expect(screen.getByText(/Die neueste Fassung ist geladen/)).toBeVisible();
  });

  it('shows the 400 violations next to their fields and in a summary', async () => {
    const user = userEvent.setup();
    stubApi({
      [conceptPath]: (request) =>
        request.method === 'PUT'
          ? validationProblem([
              { field: 'update.change.sections.financing', message: 'size must be between 0 and 50000' },
              { field: 'update.change.sections.transferPlan[1].title', message: 'must not be blank' },
            ])
          : { body: concept(), headers: { ETag: '"7"' } },
    });
    renderApp({ route, auth: partner() });

    await screen.findByRole('textbox', { name: 'Finanzierung' });
    await user.click(screen.getByRole('button', { name: 'Entwurf speichern' }));

    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('Bitte korrigieren Sie die markierten Felder.');
    expect(summary).toHaveTextContent('Finanzierung: size must be between 0 and 50000');
    expect(summary).toHaveTextContent('Schritt 2, Titel: must not be blank');
    const financing = screen.getByRole('textbox', { name: 'Finanzierung' });
    expect(financing).toHaveAttribute('aria-invalid', 'true');
    expect(financing).toHaveAccessibleDescription(/size must be between 0 and 50000/);
    const stepTitle = within(screen.getByRole('group', { name: 'Schritt 2' })).getByRole('textbox', { name: /^Titel/ });
    expect(stepTitle).toHaveAccessibleDescription('must not be blank');
  });

  it('does not offer the editor for a concept in review', async () => {
    stubApi({
      [conceptPath]: () => ({ body: concept({ status: 'IN_REVIEW', currentVersionNumber: 1, availableTransitions: [] }) }),
    });
    renderApp({ route, auth: partner() });
    expect(await screen.findByText('Dieses Transferkonzept kann im Status „In Prüfung“ nicht bearbeitet werden.')).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Entwurf speichern' })).not.toBeInTheDocument();
  });
});
