import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { problem, stubApi } from '@/test/fake-api';
import { anonymousAuth, renderApp, signedInAuth } from '@/test/render-app';
import { concept, conceptPage, CONCEPT_ID } from '@/test/concept-fixtures';
import { comment, commentPage, conceptPath } from '../testing/fixtures';
import type { ConceptTransition } from '../api/get-concept-history';

const route = `/concepts/${CONCEPT_ID}`;
const partner = () => signedInAuth('Paula Partner (Demo)', ['partner']);

function historyPage(items: ConceptTransition[]) {
  return { items, page: 0, size: 100, totalItems: items.length, totalPages: 1 };
}
const coach = () => signedInAuth('Clara Coach (Demo)', ['coach']);
const coordinator = () => signedInAuth('Konrad Koordinator (Demo)', ['coordinator']);

describe('concept page', () => {
  it('shows the published version to anonymous users: sections in order, plan steps, export, no comments or workflow', async () => {
    const published = concept({
      status: 'PUBLISHED',
      currentVersionNumber: 2,
      shownVersionNumber: 2,
      publishedVersionNumber: 2,
      availableTransitions: undefined,
    });
    const { requests } = stubApi({ [conceptPath]: () => ({ body: published, headers: { ETag: '"7"' } }) });
    renderApp({ route, auth: anonymousAuth() });

    expect(await screen.findByRole('heading', { level: 1, name: published.title })).toBeVisible();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(screen.getByText('Künstlerstadt Kalbe e.V.')).toBeVisible();
    expect(screen.getByText('Veröffentlicht')).toBeVisible();
    const sectionHeadings = screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent);
    expect(sectionHeadings).toEqual(
      expect.arrayContaining(['Ausgangslage', 'Ziele und Zielgruppen', 'Das Angebot', 'Transferplan', 'Ressourcen und Kontakte']),
    );
    const order = [
      'Ausgangslage',
      'Ziele und Zielgruppen',
      'Das Angebot',
      'Organisation und Team',
      'Finanzierung',
      'Marketing und Kommunikation',
      'Baurecht und Räume',
      'Digitale Infrastruktur',
      'Transferplan',
      'Risiken und Erfolgsfaktoren',
      'Ressourcen und Kontakte',
    ];
    expect(sectionHeadings.filter((text) => order.includes(text ?? ''))).toEqual(order);
    expect(screen.getByText('leerstehende').tagName).toBe('STRONG');
    const plan = screen.getByRole('heading', { level: 2, name: 'Transferplan' }).closest('section')!;
    expect(
      within(plan)
        .getAllByRole('heading', { level: 3 })
        .map((h) => h.textContent),
    ).toEqual(['Leerstand erfassen', 'Trägerverein gründen']);
    expect(plan).toHaveTextContent('3 Monate');
    expect(plan).toHaveTextContent('Baurecht');
    expect(screen.getByRole('button', { name: 'Version 2 als PDF herunterladen' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Version 2 als Markdown herunterladen' })).toBeVisible();
    expect(screen.queryByRole('heading', { name: 'Arbeitsablauf' })).not.toBeInTheDocument();
    expect(screen.queryByText(/Kommentare/)).not.toBeInTheDocument();
    expect(requests.some((request) => request.url.includes('/comments'))).toBe(false);
  });

  it('shows workflow buttons only for the transitions the API lists as available', async () => {
    stubApi({
      [conceptPath]: () => ({
        body: concept({ status: 'IN_REVIEW', currentVersionNumber: 1, availableTransitions: ['CHANGES_REQUESTED', 'APPROVED'] }),
      }),
      [`${conceptPath}/comments`]: () => ({ body: commentPage([]) }),
    });
    renderApp({ route, auth: coordinator() });

    const workflow = (await screen.findByRole('heading', { level: 2, name: 'Arbeitsablauf' })).closest('section')!;
    expect(
      within(workflow)
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(['Änderungen erbitten', 'Freigeben']);
    expect(screen.queryByRole('button', { name: 'Einreichen' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Veröffentlichen' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Archivieren' })).not.toBeInTheDocument();
  });

  it('shows no workflow at all when no transition is available', async () => {
    stubApi({
      [conceptPath]: () => ({ body: concept({ status: 'IN_REVIEW', currentVersionNumber: 1, availableTransitions: [] }) }),
      [`${conceptPath}/comments`]: () => ({ body: commentPage([]) }),
    });
    renderApp({ route, auth: coach() });
    await screen.findByRole('heading', { level: 1 });
    expect(screen.queryByRole('heading', { name: 'Arbeitsablauf' })).not.toBeInTheDocument();
  });

  it('takes a step with a note in the confirm dialog, and shows the allowed steps on 409', async () => {
    const user = userEvent.setup();
    let calls = 0;
    const { requests } = stubApi({
      [conceptPath]: () => ({
        body: concept({ status: 'APPROVED', currentVersionNumber: 2, availableTransitions: ['PUBLISHED', 'ARCHIVED'] }),
        headers: { ETag: '"7"' },
      }),
      [`${conceptPath}/comments`]: () => ({ body: commentPage([]) }),
      [`${conceptPath}/transitions`]: (request) => {
        if (request.method === 'GET') return { body: historyPage([]) };
        calls += 1;
        return calls === 1
          ? {
              status: 409,
              contentType: 'application/problem+json',
              body: {
                title: 'Conflict',
                status: 409,
                detail: 'Cannot go from APPROVED to PUBLISHED',
                allowedTransitions: ['ARCHIVED'],
              },
            }
          : { body: concept({ status: 'PUBLISHED', currentVersionNumber: 2, availableTransitions: ['ARCHIVED'] }) };
      },
    });
    renderApp({ route, auth: coordinator() });

    await user.click(await screen.findByRole('button', { name: 'Veröffentlichen' }));
    const dialog = screen.getByRole('dialog', { name: /^Veröffentlichen: / });
    expect(dialog).toHaveTextContent('Der Status wechselt von „Freigegeben“ zu „Veröffentlicht“.');
    expect(dialog).toHaveTextContent('Version 2 wird für alle öffentlich sichtbar, auch ohne Anmeldung.');
    await user.type(within(dialog).getByRole('textbox', { name: 'Notiz (optional)' }), 'Gut so.');
    await user.click(within(dialog).getByRole('button', { name: 'Ja, Veröffentlichen' }));

    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('Dieser Schritt ist im aktuellen Status nicht möglich.');
    expect(alert).toHaveTextContent('Möglich sind jetzt: Archivieren (Archiviert).');
    const post = requests.find((request) => request.method === 'POST')!;
    expect(await post.json()).toEqual({ to: 'PUBLISHED', note: 'Gut so.' });
    expect(post.headers.get('If-Match')).toBe('"7"');

    await user.click(within(dialog).getByRole('button', { name: 'Ja, Veröffentlichen' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await screen.findByText('Status geändert: Veröffentlicht.')).toBeVisible();
  });

  it("shows each section's threads of the chosen version and posts a comment with section and versionNumber", async () => {
    const user = userEvent.setup();
    const thread = comment();
    const reply = comment({
      id: '5b0c2d4e-1a01-4f6e-9c32-000000000002',
      parentId: thread.id,
      body: 'Wir ergänzen einen Kostenplan.',
      authorName: 'Paula Partner (Demo)',
    });
    const { requests } = stubApi({
      [conceptPath]: () => ({
        body: concept({ status: 'IN_REVIEW', currentVersionNumber: 2, availableTransitions: ['CHANGES_REQUESTED'] }),
      }),
      [`${conceptPath}/comments`]: (request) =>
        request.method === 'POST'
          ? { status: 201, body: comment({ id: 'new', section: 'STARTING_SITUATION' }) }
          : { body: commentPage([thread, reply]) },
    });
    renderApp({ route, auth: coach() });

    const financing = await screen.findByRole('region', { name: 'Kommentare zu Finanzierung' });
    expect(await within(financing).findByText('Wie wird die Koordinationsstelle finanziert?')).toBeVisible();
    expect(within(financing).getByText('Wir ergänzen einen Kostenplan.')).toBeVisible();
    expect(within(financing).getByRole('button', { name: 'Als erledigt markieren' })).toBeVisible();
    const list = requests.find((request) => request.url.includes('/comments'))!;
    expect(new URL(list.url).searchParams.get('versionNumber')).toBe('2');
    expect(screen.getByRole('combobox', { name: 'Kommentare zur Version' })).toHaveValue('2');

    const starting = screen.getByRole('region', { name: 'Kommentare zu Ausgangslage' });
    await user.type(within(starting).getByRole('textbox', { name: 'Kommentar zu Ausgangslage' }), 'Bitte Zahlen zum Leerstand.');
    await user.click(within(starting).getByRole('button', { name: 'Kommentar senden' }));

    await waitFor(() => expect(requests.some((request) => request.method === 'POST')).toBe(true));
    const post = requests.find((request) => request.method === 'POST')!;
    expect(await post.json()).toEqual({ body: 'Bitte Zahlen zum Leerstand.', section: 'STARTING_SITUATION', versionNumber: 2 });
    expect(await within(starting).findByText('Kommentar gespeichert.')).toBeInTheDocument();
  });

  it('replies to a thread and resolves it with If-Match', async () => {
    const user = userEvent.setup();
    const thread = comment();
    const { requests } = stubApi({
      [conceptPath]: () => ({ body: concept({ status: 'IN_REVIEW', currentVersionNumber: 2, availableTransitions: [] }) }),
      [`${conceptPath}/comments`]: (request) =>
        request.method === 'POST'
          ? { status: 201, body: comment({ id: 'r', parentId: thread.id }) }
          : { body: commentPage([thread]) },
      [`${conceptPath}/comments/${thread.id}`]: () => ({ body: { ...thread, resolved: true, version: 4 } }),
    });
    renderApp({ route, auth: signedInAuth('Paula Partner (Demo)', ['partner']) });

    const financing = await screen.findByRole('region', { name: 'Kommentare zu Finanzierung' });
    await user.click(await within(financing).findByRole('button', { name: 'Antworten' }));
    await user.type(within(financing).getByRole('textbox', { name: 'Antwort an Clara Coach (Demo)' }), 'Machen wir.');
    await user.click(within(financing).getByRole('button', { name: 'Antwort senden' }));
    await waitFor(() => expect(requests.some((request) => request.method === 'POST')).toBe(true));
    expect(await requests.find((request) => request.method === 'POST')!.json()).toEqual({
      body: 'Machen wir.',
      parentId: thread.id,
    });

    await user.click(within(financing).getByRole('button', { name: 'Als erledigt markieren' }));
    await waitFor(() => expect(requests.some((request) => request.method === 'PATCH')).toBe(true));
    const patch = requests.find((request) => request.method === 'PATCH')!;
    expect(patch.headers.get('If-Match')).toBe('"3"');
    expect(await patch.json()).toEqual({ resolved: true });
  });

  it("shows the API's 403 message when the caller may not comment", async () => {
    const user = userEvent.setup();
    stubApi({
      [conceptPath]: () => ({ body: concept({ status: 'IN_REVIEW', currentVersionNumber: 1, availableTransitions: [] }) }),
      [`${conceptPath}/comments`]: (request) =>
        request.method === 'POST'
          ? problem(
              403,
              'Forbidden',
              'Only the organisation, the coaches assigned to it and programme staff comment on transfer concept',
            )
          : { body: commentPage([]) },
    });
    renderApp({ route, auth: signedInAuth('Anna Advisor (Demo)', ['advisor']) });

    const offer = await screen.findByRole('region', { name: 'Kommentare zu Das Angebot' });
    await user.type(within(offer).getByRole('textbox', { name: 'Kommentar zu Das Angebot' }), 'Hm.');
    await user.click(within(offer).getByRole('button', { name: 'Kommentar senden' }));
    const alert = await within(offer).findByRole('alert');
    expect(alert).toHaveTextContent('Kommentieren dürfen die Organisation, ihre Coaches und das Programmteam.');
    expect(alert).toHaveTextContent('Only the organisation, the coaches assigned to it and programme staff comment');
  });
});

describe('concept list', () => {
  it('lists concepts with German status badges, searches and filters through the API', async () => {
    const user = userEvent.setup();
    const { requests } = stubApi({
      '/api/v1/transfer-concepts': () => ({ body: conceptPage() }),
    });
    renderApp({ route: '/concepts', auth: anonymousAuth() });

    expect(await screen.findByRole('heading', { level: 1, name: 'Transferkonzepte' })).toBeVisible();
    expect(screen.getByRole('navigation', { name: 'Hauptnavigation' })).toHaveTextContent('Transferkonzepte');
    const table = await screen.findByRole('table', { name: 'Transferkonzepte' });
    expect(within(table).getByRole('link', { name: 'Künstlerstadt auf Zeit: Leerstand wird Atelier' })).toHaveAttribute(
      'href',
      `/concepts/${CONCEPT_ID}`,
    );
    expect(within(table).getByText('Veröffentlicht')).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Neues Transferkonzept' })).not.toBeInTheDocument();

    await user.type(screen.getByRole('searchbox', { name: 'Transferkonzepte durchsuchen' }), 'Leerstand');
    await user.click(screen.getByRole('button', { name: 'Suchen' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'Änderungen erbeten');
    await waitFor(() => {
      const last = new URL(requests.at(-1)!.url);
      expect(last.searchParams.get('q')).toBe('Leerstand');
      expect(last.searchParams.get('status')).toBe('CHANGES_REQUESTED');
      expect(last.searchParams.get('page')).toBe('0');
    });
  });

  it('lets a partner start a draft for its organisation and opens the editor', async () => {
    const user = userEvent.setup();
    const created = concept({ id: '5b0c2d4e-1a01-4f6e-9c30-00000000abcd', title: 'Neues Konzept' });
    const { requests } = stubApi({
      '/api/v1/transfer-concepts': (request) =>
        request.method === 'POST' ? { status: 201, body: created, headers: { ETag: '"0"' } } : { body: conceptPage([]) },
      '/api/v1/me': () => ({
        body: {
          subject: 's',
          username: 'partner',
          name: 'Paula',
          roles: ['partner'],
          states: [],
          organisation: { id: 'org-kalbe', name: 'Künstlerstadt Kalbe e.V.' },
        },
      }),
      [`/api/v1/transfer-concepts/${created.id}`]: () => ({ body: created, headers: { ETag: '"0"' } }),
    });
    const { router } = renderApp({ route: '/concepts', auth: signedInAuth('Paula Partner (Demo)', ['partner']) });

    await user.click(await screen.findByRole('button', { name: 'Neues Transferkonzept' }));
    const dialog = screen.getByRole('dialog', { name: 'Neues Transferkonzept' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Titel' }), 'Neues Konzept');
    await user.click(within(dialog).getByRole('button', { name: 'Entwurf anlegen' }));

    await waitFor(() => expect(router.state.location.pathname).toBe(`/concepts/${created.id}/edit`));
    const post = requests.find((request) => request.method === 'POST')!;
    expect(await post.json()).toEqual({ organisationId: 'org-kalbe', title: 'Neues Konzept' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Transferkonzept bearbeiten' })).toBeVisible();
  });

  it('lets the owners start a new version of a published concept after a confirmation that the published one stays public', async () => {
    const user = userEvent.setup();
    const published = concept({
      status: 'PUBLISHED',
      currentVersionNumber: 2,
      publishedVersionNumber: 2,
      publishedAt: '2022-01-10T10:00:00+01:00',
      availableTransitions: ['DRAFT'],
    });
    const revising = { ...published, status: 'DRAFT' as const, availableTransitions: ['IN_REVIEW' as const] };
    let current = published;
    const { requests } = stubApi({
      [conceptPath]: () => ({ body: current, headers: { ETag: '"7"' } }),
      [`${conceptPath}/comments`]: () => ({ body: commentPage([]) }),
      [`${conceptPath}/transitions`]: (request) => {
        if (request.method === 'GET') return { body: historyPage([]) };
        current = revising;
        return { body: revising };
      },
    });
    renderApp({ route, auth: partner() });

    expect(screen.queryByText(/In Überarbeitung/)).not.toBeInTheDocument();
    await user.click(await screen.findByRole('button', { name: 'Neue Fassung beginnen' }));
    const dialog = screen.getByRole('dialog', {
      name: 'Neue Fassung beginnen: Transferkonzept „Künstlerstadt auf Zeit: Leerstand wird Atelier“?',
    });
    expect(dialog).toHaveTextContent(
      'Aus Version 2 entsteht eine neue Arbeitsfassung, die Sie bearbeiten und erneut zur Prüfung einreichen. ' +
        'Die veröffentlichte Version 2 bleibt öffentlich sichtbar, bis die neue Fassung veröffentlicht ist.',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Ja, Neue Fassung beginnen' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const post = requests.find((request) => request.method === 'POST')!;
    expect(await post.json()).toEqual({ to: 'DRAFT' });
    expect(
      await screen.findByText('In Überarbeitung: Öffentlich sichtbar bleibt Version 2, bis die neue Fassung veröffentlicht ist.'),
    ).toBeVisible();
    expect(screen.getByRole('link', { name: 'Bearbeiten' })).toBeVisible();
  });

  it("shows the history with the reviewer's note to the organisation, latest step first", async () => {
    stubApi({
      [conceptPath]: () => ({
        body: concept({ status: 'CHANGES_REQUESTED', currentVersionNumber: 1, availableTransitions: ['IN_REVIEW', 'ARCHIVED'] }),
      }),
      [`${conceptPath}/comments`]: () => ({ body: commentPage([]) }),
      [`${conceptPath}/transitions`]: () => ({
        body: historyPage([
          {
            from: 'DRAFT',
            to: 'IN_REVIEW',
            versionNumber: 1,
            actorName: 'Paula Partner (Demo)',
            at: '2021-11-02T10:00:00+01:00',
          },
          {
            from: 'IN_REVIEW',
            to: 'CHANGES_REQUESTED',
            versionNumber: 1,
            note: 'Bitte die Finanzierung nach 2024 ergänzen.',
            actorName: 'Clara Coach (Demo)',
            at: '2021-11-05T10:00:00+01:00',
          },
        ]),
      }),
    });
    renderApp({ route, auth: partner() });

    const history = (await screen.findByRole('heading', { level: 2, name: 'Verlauf' })).closest('section')!;
    const steps = await within(history).findAllByRole('listitem');
    expect(steps).toHaveLength(2);
    expect(steps[0]).toHaveTextContent('In Prüfung → Änderungen erbeten');
    expect(steps[0]).toHaveTextContent('von Clara Coach (Demo)');
    expect(steps[0]).toHaveTextContent('Notiz: Bitte die Finanzierung nach 2024 ergänzen.');
    expect(steps[1]).toHaveTextContent('Entwurf → In Prüfung');
    expect(steps[1]).toHaveTextContent('Version 1');
  });

  it('shows no history to anonymous readers of the published version', async () => {
    const { requests } = stubApi({
      [conceptPath]: () => ({
        body: concept({ status: 'PUBLISHED', currentVersionNumber: 2, shownVersionNumber: 2, availableTransitions: undefined }),
      }),
    });
    renderApp({ route, auth: anonymousAuth() });
    await screen.findByRole('heading', { level: 1 });
    expect(screen.queryByRole('heading', { name: 'Verlauf' })).not.toBeInTheDocument();
    expect(requests.some((request) => request.url.includes('/transitions'))).toBe(false);
  });
});
