import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { problem, stubApi, validationProblem } from '@/test/fake-api';
import { kalbe, organisationPage } from '@/test/fixtures';
import { renderApp, signedInAuth } from '@/test/render-app';
import type { PortraitDetail } from '../api/get-portrait';

const ID = '6c1f0d2e-0000-4000-8000-000000000001';
const path = `/api/v1/portraits/${ID}`;
const coordinator = () => signedInAuth('Cora Koordination (Demo)', ['coordinator']);

function portrait(overrides: Partial<PortraitDetail> = {}): PortraitDetail {
  return {
    id: ID,
    title: 'Die Siebdruckerin aus Kalbe',
    teaser: 'Wie eine Werkstatt ein Dorf verändert.',
    interviewMarkdown: 'Wir drucken **Plakate** für das ganze Dorf.',
    interviewHtml: '<p>Wir drucken <strong>Plakate</strong> für das ganze Dorf.</p>',
    videoUrl: null,
    transcript: null,
    photos: [],
    town: 'Kalbe (Milde)',
    state: 'ST',
    submarkets: ['DESIGN'],
    organisationId: null,
    organisationName: null,
    tags: ['#flächenglühen'],
    status: 'DRAFT',
    publishedAt: null,
    updatedAt: '2026-12-01T10:00:00Z',
    version: 3,
    ...overrides,
  };
}

/** Types a long text at once (pasted), as the test is about what is sent, not about keystrokes. */
async function fill(user: ReturnType<typeof userEvent.setup>, field: HTMLElement, value: string) {
  await user.click(field);
  await user.paste(value);
}

const lists = { '/api/v1/organisations': () => ({ body: organisationPage() }) };

describe('portrait editor', () => {
  it('creates a draft from the form with photos, organisation and tags, then opens its editor', async () => {
    const user = userEvent.setup();
    const { requests } = stubApi({
      ...lists,
      '/api/v1/portraits': async (request) => {
        const body = (await request.clone().json()) as Partial<PortraitDetail>;
        return { status: 201, body: portrait({ ...body, id: ID, version: 0 }), headers: { ETag: '"0"' } };
      },
      [path]: () => ({ body: portrait({ version: 0 }), headers: { ETag: '"0"' } }),
    });
    renderApp({ route: '/portraits/manage/new', auth: coordinator() });

    await fill(user, await screen.findByRole('textbox', { name: /^Titel/ }), 'Die Siebdruckerin aus Kalbe');
    await fill(user, screen.getByRole('textbox', { name: /^Vorspann/ }), 'Wie eine Werkstatt ein Dorf verändert.');
    await fill(user, screen.getByRole('textbox', { name: 'Interview (Markdown)' }), 'Wir drucken Plakate.');
    await user.click(screen.getByRole('button', { name: 'Foto hinzufügen' }));
    await fill(user, screen.getByRole('textbox', { name: /^Adresse des Fotos/ }), 'https://example.org/foto.jpg');
    await fill(user, screen.getByRole('textbox', { name: /^Alternativtext/ }), 'Eine Frau an der Siebdruckpresse');
    await fill(user, screen.getByRole('textbox', { name: /^Fotonachweis/ }), 'Anna Bild');
    await fill(user, screen.getByRole('textbox', { name: /^Ort/ }), 'Kalbe (Milde)');
    await user.selectOptions(screen.getByRole('combobox', { name: /^Bundesland/ }), 'ST');
    await user.click(screen.getByRole('checkbox', { name: 'Designwirtschaft' }));
    await user.selectOptions(await screen.findByRole('combobox', { name: /^Organisation/ }), kalbe.id);
    await fill(user, screen.getByRole('textbox', { name: /^Schlagwörter/ }), ' Siebdruck');
    await user.click(screen.getByRole('button', { name: 'Entwurf anlegen' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Porträt bearbeiten' }, { timeout: 5000 })).toBeVisible();
    const post = requests.find((request) => request.method === 'POST')!;
    expect(await post.json()).toEqual({
      title: 'Die Siebdruckerin aus Kalbe',
      teaser: 'Wie eine Werkstatt ein Dorf verändert.',
      interviewMarkdown: 'Wir drucken Plakate.',
      videoUrl: null,
      transcript: null,
      photos: [{ url: 'https://example.org/foto.jpg', alt: 'Eine Frau an der Siebdruckpresse', credit: 'Anna Bild' }],
      town: 'Kalbe (Milde)',
      state: 'ST',
      submarkets: ['DESIGN'],
      organisationId: kalbe.id,
      tags: ['#flächenglühen', 'Siebdruck'],
    });
  }, 60_000);

  it('checks interview or video and the transcript before sending, and shows the API field errors', async () => {
    const user = userEvent.setup();
    const { requests } = stubApi({
      ...lists,
      [path]: (request) =>
        request.method === 'PUT'
          ? validationProblem([{ field: 'update.input.photos[0].alt', message: 'darf nicht leer sein' }])
          : { body: portrait(), headers: { ETag: '"3"' } },
    });
    renderApp({ route: `/portraits/manage/${ID}`, auth: coordinator() });

    const interview = await screen.findByRole('textbox', { name: 'Interview (Markdown)' });
    await user.clear(interview);
    await fill(user, screen.getByRole('textbox', { name: /^Link zum Video/ }), 'https://video.example/1');
    await user.click(screen.getByRole('button', { name: 'Speichern' }));
    const summary = await screen.findByRole('alert', { name: 'Bitte prüfen Sie diese Angaben:' });
    expect(within(summary).getByText('Transkript: Ein Video braucht ein Transkript.')).toBeVisible();
    expect(requests.filter((request) => request.method === 'PUT')).toHaveLength(0);

    await fill(user, screen.getByRole('textbox', { name: /^Transkript/ }), 'Was gesagt wird.');
    await user.click(screen.getByRole('button', { name: 'Speichern' }));
    expect(await screen.findByText('Fotos: darf nicht leer sein')).toBeVisible();
    const put = requests.find((request) => request.method === 'PUT')!;
    expect(put.headers.get('If-Match')).toBe('"3"');
  }, 30_000);

  it('shows the interview preview as rendered Markdown', async () => {
    const user = userEvent.setup();
    stubApi({ ...lists, [path]: () => ({ body: portrait(), headers: { ETag: '"3"' } }) });
    renderApp({ route: `/portraits/manage/${ID}`, auth: coordinator() });
    await user.click(await screen.findByRole('button', { name: 'Vorschau' }));
    const preview = screen.getByRole('region', { name: 'Vorschau des Interviews' });
    expect(within(preview).getByText('Plakate').tagName).toBe('STRONG');
  });

  it('on 412 keeps the input and loads the latest version on request', async () => {
    const user = userEvent.setup();
    let gets = 0;
    stubApi({
      ...lists,
      [path]: (request) => {
        if (request.method === 'PUT') return problem(412, 'Precondition Failed');
        gets += 1;
        return gets === 1
          ? { body: portrait(), headers: { ETag: '"3"' } }
          : { body: portrait({ title: 'Von jemand anderem', version: 4 }), headers: { ETag: '"4"' } };
      },
    });
    renderApp({ route: `/portraits/manage/${ID}`, auth: coordinator() });
    const title = await screen.findByRole('textbox', { name: /^Titel/ });
    await user.clear(title);
    await user.type(title, 'Mein Titel');
    await user.click(screen.getByRole('button', { name: 'Speichern' }));
    expect(await screen.findByText('Jemand anderes hat das Porträt inzwischen gespeichert.')).toBeVisible();
    expect(title).toHaveValue('Mein Titel');
    await user.click(screen.getByRole('button', { name: 'Neueste Fassung laden' }));
    await waitFor(() => expect(screen.getByRole('textbox', { name: /^Titel/ })).toHaveValue('Von jemand anderem'));
  }, 20_000);

  it('publishes after a confirmation that names the portrait, with If-Match', async () => {
    const user = userEvent.setup();
    const { requests } = stubApi({
      ...lists,
      [path]: () => ({ body: portrait(), headers: { ETag: '"3"' } }),
      [`${path}/transitions`]: () => ({
        body: portrait({ status: 'PUBLISHED', publishedAt: '2026-12-07T10:00:00Z', version: 4 }),
        headers: { ETag: '"4"' },
      }),
    });
    renderApp({ route: `/portraits/manage/${ID}`, auth: coordinator() });
    await user.click(await screen.findByRole('button', { name: 'Veröffentlichen' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('Porträt „Die Siebdruckerin aus Kalbe“');
    await user.click(within(dialog).getByRole('button', { name: 'Ja, Veröffentlichen' }));
    expect(await screen.findByText('Das Porträt ist veröffentlicht.')).toBeVisible();
    const transition = requests.find((request) => request.url.endsWith('/transitions'))!;
    expect(transition.headers.get('If-Match')).toBe('"3"');
    expect(await transition.json()).toEqual({ to: 'PUBLISHED' });
    expect(screen.getByRole('button', { name: 'Zurückziehen' })).toBeVisible();
  }, 20_000);

  it('is not offered to partners', async () => {
    stubApi({ ...lists });
    renderApp({ route: '/portraits/manage', auth: signedInAuth('Paula Partner (Demo)', ['partner']) });
    expect(await screen.findByRole('heading', { level: 1, name: 'Porträts pflegen' })).toBeVisible();
    expect(screen.queryByRole('link', { name: 'Neues Porträt anlegen' })).toBeNull();
  });
});
