import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { stubApi } from '@/test/fake-api';
import { partnerPage } from '@/test/fixtures';
import { anonymousAuth, renderApp, signedInAuth } from '@/test/render-app';
import { clara, coachPage, topics } from '@/test/coach-fixtures';
import { conceptPage, CONCEPT_ID } from '@/test/concept-fixtures';
import { draftDetail, MODULE_ID, modulePage, moduleSummary } from '../testing/fixtures';

const coach = () => signedInAuth('Clara Coach (Demo)', ['coach']);
const coordinator = () => signedInAuth('Cora Koordination (Demo)', ['coordinator']);

const options = {
  '/api/v1/expertise-topics': () => ({ body: topics }),
  '/api/v1/coaches': () => ({ body: coachPage() }),
  '/api/v1/coaches/me': () => ({ body: clara }),
  '/api/v1/partners': () => ({ body: partnerPage() }),
  '/api/v1/transfer-concepts': () => ({ body: conceptPage() }),
};

describe('authoring list', () => {
  it('shows a coach its own modules in every status and filters them by status through the address', async () => {
    const user = userEvent.setup();
    const { requests } = stubApi({
      '/api/v1/learning-modules': () => ({ body: modulePage([moduleSummary({ status: 'DRAFT', title: 'Mein Entwurf' })]) }),
    });
    const { router } = renderApp({ route: '/learning/authoring', auth: coach() });

    expect(await screen.findByRole('heading', { level: 1, name: 'Meine Lernmodule' })).toBeVisible();
    const table = await screen.findByRole('table', { name: 'Von mir und meiner Organisation' });
    const row = within(table).getByRole('row', { name: /Mein Entwurf/ });
    expect(row).toHaveTextContent('Entwurf');
    expect(within(row).getByRole('link', { name: 'Mein Entwurf' })).toHaveAttribute('href', `/learning/authoring/${MODULE_ID}`);
    expect(new URL(requests[0]!.url).searchParams.get('mine')).toBe('true');
    expect(screen.queryByRole('region', { name: 'Zur Prüfung eingereicht' })).not.toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'IN_REVIEW');
    await waitFor(() => expect(router.state.location.search).toBe('?status=IN_REVIEW'));
    await waitFor(() => expect(new URL(requests.at(-1)!.url).searchParams.getAll('status')).toEqual(['IN_REVIEW']));
    expect(screen.getByRole('link', { name: 'Neues Lernmodul' })).toHaveAttribute('href', '/learning/authoring/new');
  });

  it('shows staff the review queue of every author and all modules', async () => {
    const { requests } = stubApi({
      '/api/v1/learning-modules': (request) => {
        const inReview = new URL(request.url).searchParams.get('status') === 'IN_REVIEW';
        return {
          body: modulePage([
            moduleSummary({ status: inReview ? 'IN_REVIEW' : 'PUBLISHED', title: inReview ? 'Eingereicht' : 'Veröffentlicht' }),
          ]),
        };
      },
    });
    renderApp({ route: '/learning/authoring', auth: coordinator() });

    expect(await screen.findByRole('heading', { level: 1, name: 'Lernmodule prüfen' })).toBeVisible();
    const queue = screen.getByRole('region', { name: 'Zur Prüfung eingereicht' });
    expect(await within(queue).findByRole('link', { name: 'Eingereicht' })).toBeVisible();
    expect(within(queue).getByText('1 Lernmodul wartet auf Prüfung')).toBeVisible();
    expect(await screen.findByRole('table', { name: 'Alle Lernmodule' })).toHaveTextContent('Veröffentlicht');
    expect(requests.every((request) => !new URL(request.url).searchParams.has('mine'))).toBe(true);
  });

  it('asks anonymous visitors to sign in and offers the link only to those who may author', async () => {
    renderApp({ route: '/learning/authoring', auth: anonymousAuth() });
    expect(await screen.findByText('Bitte melden Sie sich an, um diese Seite zu sehen.')).toBeVisible();
    expect(screen.queryByRole('link', { name: 'Meine Lernmodule' })).not.toBeInTheDocument();
  });

  it('links the authoring page in the navigation for coaches and staff, not for advisors', async () => {
    stubApi({
      '/api/v1/learning-modules': () => ({ body: modulePage([]) }),
      '/api/v1/learning-paths': () => ({ body: { items: [], page: 0, size: 100, totalItems: 0, totalPages: 0 } }),
    });
    const first = renderApp({ route: '/learning', auth: coach() });
    const link = await within(screen.getByRole('banner')).findByRole('link', { name: 'Meine Lernmodule' });
    expect(link).toHaveAttribute('href', '/learning/authoring');
    expect(screen.getByRole('link', { name: 'Eigene Lernmodule schreiben und einreichen' })).toBeVisible();
    first.unmount();
    const second = renderApp({ route: '/learning', auth: coordinator() });
    expect(await within(screen.getByRole('banner')).findByRole('link', { name: 'Lernmodule prüfen' })).toBeVisible();
    second.unmount();
    renderApp({ route: '/learning', auth: signedInAuth('Rita', ['advisor']) });
    await screen.findByRole('heading', { level: 1, name: 'Lernraum' });
    expect(within(screen.getByRole('banner')).queryByRole('link', { name: /Lernmodule/ })).not.toBeInTheDocument();
  });
});

describe('new learning module', () => {
  it('starts with the coach as author, sends the module and opens its editor', async () => {
    const user = userEvent.setup();
    const { requests } = stubApi({
      ...options,
      '/api/v1/learning-modules': async (request) => {
        const body = (await request.clone().json()) as { title: string };
        return { status: 201, body: draftDetail({ title: body.title }), headers: { ETag: '"0"' } };
      },
      [`/api/v1/learning-modules/${MODULE_ID}`]: () => ({ body: draftDetail(), headers: { ETag: '"0"' } }),
      [`/api/v1/learning-modules/${MODULE_ID}/attachments`]: () => ({ body: { items: [] } }),
    });
    const { router } = renderApp({ route: '/learning/authoring/new', auth: coach() });

    expect(await screen.findByRole('heading', { level: 1, name: 'Neues Lernmodul' })).toBeVisible();
    const authors = await screen.findByRole('group', { name: 'AutorInnen' });
    expect(within(authors).getByText('Clara Coach (Demo)')).toBeVisible();
    fireEvent.change(screen.getByRole('textbox', { name: /^Titel/ }), { target: { value: 'Pressearbeit im Dorf' } });
    fireEvent.change(screen.getByRole('textbox', { name: /^Zusammenfassung/ }), {
      target: { value: 'Wie die Lokalzeitung berichtet.' },
    });
    fireEvent.change(screen.getByRole('textbox', { name: 'Text' }), { target: { value: '## Erste Schritte' } });
    await user.selectOptions(screen.getByRole('combobox', { name: /^Format/ }), 'CHECKLIST');
    await user.click(await screen.findByRole('checkbox', { name: 'Marketing' }));
    await user.click(screen.getByRole('checkbox', { name: 'Musikwirtschaft' }));
    await user.selectOptions(within(authors).getByRole('combobox', { name: 'Organisation hinzufügen' }), 'Haldern Pop');
    await user.click(within(authors).getByRole('button', { name: 'Organisation hinzufügen: Hinzufügen' }));
    await user.selectOptions(await screen.findByRole('combobox', { name: /^Transferkonzept/ }), CONCEPT_ID);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Abschnitt des Transferkonzepts' }), 'FINANCING');
    await user.click(screen.getByRole('radio', { name: 'Nur Teilnehmende' }));
    await user.click(screen.getByRole('button', { name: 'Entwurf anlegen' }));

    // The editor renders a large form; on a busy machine that takes longer than the default second.
    await waitFor(() => expect(router.state.location.pathname).toBe(`/learning/authoring/${MODULE_ID}`), { timeout: 5000 });
    expect(await screen.findByText(/Der Entwurf ist angelegt/, {}, { timeout: 5000 })).toBeVisible();
    const post = requests.find((request) => request.method === 'POST')!;
    expect(await post.json()).toEqual({
      title: 'Pressearbeit im Dorf',
      summary: 'Wie die Lokalzeitung berichtet.',
      bodyMarkdown: '## Erste Schritte',
      format: 'CHECKLIST',
      topics: ['MARKETING'],
      submarkets: ['MUSIC'],
      level: 'BEGINNER',
      estimatedMinutes: 15,
      licence: 'CC_BY_SA_4_0',
      visibility: 'PARTICIPANTS',
      authors: [{ coachId: clara.id }, { organisationId: '00000000-0000-4000-8000-000000000003' }],
      provenance: { conceptId: CONCEPT_ID, section: 'FINANCING' },
    });
  }, 30_000);

  it('shows the refusal of the authors at the authors field and sends nothing when required fields are empty', async () => {
    const user = userEvent.setup();
    const { requests } = stubApi({
      ...options,
      '/api/v1/coaches/me': () => ({ status: 404, body: { title: 'Not Found', status: 404 } }),
      '/api/v1/learning-modules': () => ({
        status: 403,
        contentType: 'application/problem+json',
        body: {
          title: 'Forbidden',
          status: 403,
          violations: [
            {
              field: 'authors',
              in: 'body',
              message: 'name yourself (your coach profile) or your organisation among the authors',
            },
          ],
        },
      }),
    });
    renderApp({ route: '/learning/authoring/new', auth: coach() });

    await user.click(await screen.findByRole('button', { name: 'Entwurf anlegen' }));
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('Titel: Bitte ausfüllen.');
    expect(summary).toHaveTextContent('Zusammenfassung: Bitte ausfüllen.');
    expect(requests.some((request) => request.method === 'POST')).toBe(false);

    fireEvent.change(screen.getByRole('textbox', { name: /^Titel/ }), { target: { value: 'Titel' } });
    fireEvent.change(screen.getByRole('textbox', { name: /^Zusammenfassung/ }), { target: { value: 'Kurz.' } });
    await user.click(screen.getByRole('checkbox', { name: 'Marketing' }));
    const authors = screen.getByRole('group', { name: 'AutorInnen' });
    await user.selectOptions(within(authors).getByRole('combobox', { name: 'Coach hinzufügen' }), 'Mara Markt (Demo)');
    await user.click(within(authors).getByRole('button', { name: 'Coach hinzufügen: Hinzufügen' }));
    await user.click(screen.getByRole('button', { name: 'Entwurf anlegen' }));

    await waitFor(() => expect(authors).toHaveAccessibleDescription(/name yourself \(your coach profile\) or your organisation/));
    expect(await screen.findByRole('alert')).toHaveTextContent('AutorInnen: name yourself');
  }, 30_000);
});
