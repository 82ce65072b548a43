import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { problem, stubApi, validationProblem } from '@/test/fake-api';
import { partnerPage } from '@/test/fixtures';
import { renderApp, signedInAuth } from '@/test/render-app';
import { clara, coachPage, topics } from '@/test/coach-fixtures';
import { conceptPage } from '@/test/concept-fixtures';
import { draftDetail, MODULE_ID } from '../testing/fixtures';

const route = `/learning/authoring/${MODULE_ID}`;
const modulePath = `/api/v1/learning-modules/${MODULE_ID}`;
const coach = () => signedInAuth('Clara Coach (Demo)', ['coach']);
const coordinator = () => signedInAuth('Cora Koordination (Demo)', ['coordinator']);

/** The lists the form picks from. */
const options = {
  '/api/v1/expertise-topics': () => ({ body: topics }),
  '/api/v1/coaches': () => ({ body: coachPage() }),
  '/api/v1/partners': () => ({ body: partnerPage() }),
  '/api/v1/transfer-concepts': () => ({ body: conceptPage() }),
  [`${modulePath}/attachments`]: () => ({ body: { items: [] } }),
};

describe('learning module editor', () => {
  it('saves the whole module with If-Match and sends the next save with the new ETag', async () => {
    const user = userEvent.setup();
    const { requests } = stubApi({
      ...options,
      [modulePath]: async (request) => {
        if (request.method !== 'PUT') return { body: draftDetail(), headers: { ETag: '"3"' } };
        const body = (await request.clone().json()) as { title: string };
        return { body: draftDetail({ title: body.title }), headers: { ETag: '"4"' } };
      },
    });
    renderApp({ route, auth: coach() });

    expect(await screen.findByRole('heading', { level: 1, name: 'Lernmodul bearbeiten' })).toBeVisible();
    const title = await screen.findByRole('textbox', { name: /^Titel/ });
    await user.clear(title);
    await user.type(title, 'Neuer Titel');
    await user.click(await screen.findByRole('checkbox', { name: 'Marketing' }));
    await user.click(screen.getByRole('button', { name: 'Speichern' }));
    expect(await screen.findByText('Gespeichert.')).toBeVisible();

    const puts = () => requests.filter((request) => request.method === 'PUT');
    expect(puts()[0]!.headers.get('If-Match')).toBe('"3"');
    const body = (await puts()[0]!.json()) as Record<string, unknown>;
    expect(body).toMatchObject({
      title: 'Neuer Titel',
      topics: ['FINANCING', 'MARKETING'],
      estimatedMinutes: 20,
      licence: 'CC_BY_SA_4_0',
      visibility: 'PUBLIC',
      authors: [{ coachId: clara.id }],
      provenance: null,
    });

    await user.click(screen.getByRole('button', { name: 'Speichern' }));
    await waitFor(() => expect(puts()).toHaveLength(2));
    expect(puts()[1]!.headers.get('If-Match')).toBe('"4"');
  }, 20_000);

  it('on 412 keeps the input, says somebody else saved and loads the latest version on request', async () => {
    const user = userEvent.setup();
    let gets = 0;
    stubApi({
      ...options,
      [modulePath]: (request) => {
        if (request.method === 'PUT') return problem(412, 'Precondition Failed', 'Somebody else changed this in the meantime');
        gets += 1;
        return gets === 1
          ? { body: draftDetail(), headers: { ETag: '"3"' } }
          : { body: draftDetail({ title: 'Von jemand anderem geändert' }), headers: { ETag: '"5"' } };
      },
    });
    renderApp({ route, auth: coach() });

    const title = await screen.findByRole('textbox', { name: /^Titel/ });
    await user.clear(title);
    await user.type(title, 'Mein Titel');
    await user.click(screen.getByRole('button', { name: 'Speichern' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Inzwischen hat jemand anderes gespeichert');
    expect(alert).toHaveFocus();
    expect(title).toHaveValue('Mein Titel');

    await user.click(within(alert).getByRole('button', { name: 'Neueste Fassung laden' }));
    await waitFor(() => expect(screen.getByRole('textbox', { name: /^Titel/ })).toHaveValue('Von jemand anderem geändert'));
    expect(screen.queryByText('Inzwischen hat jemand anderes gespeichert')).not.toBeInTheDocument();
    expect(screen.getByText(/Die neueste Fassung ist geladen/)).toHaveFocus();
  }, 20_000);

  it('shows the API violations at their fields and in a summary, the authors refusal too', async () => {
    const user = userEvent.setup();
    stubApi({
      ...options,
      [modulePath]: (request) =>
        request.method === 'PUT'
          ? validationProblem([
              { field: 'update.input.summary', message: 'size must be between 0 and 1000' },
              { field: 'authors[0].coachId', message: 'no such coach' },
            ])
          : { body: draftDetail(), headers: { ETag: '"3"' } },
    });
    renderApp({ route, auth: coach() });

    await screen.findByRole('textbox', { name: /^Titel/ });
    await user.click(screen.getByRole('button', { name: 'Speichern' }));

    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('Bitte korrigieren Sie die markierten Felder.');
    expect(summary).toHaveTextContent('Zusammenfassung: size must be between 0 and 1000');
    expect(summary).toHaveTextContent('AutorInnen: no such coach');
    expect(summary).toHaveFocus();
    const summaryField = screen.getByRole('textbox', { name: /^Zusammenfassung/ });
    expect(summaryField).toHaveAttribute('aria-invalid', 'true');
    expect(summaryField).toHaveAccessibleDescription(/size must be between 0 and 1000/);
    expect(screen.getByRole('group', { name: 'AutorInnen' })).toHaveAccessibleDescription(/no such coach/);

    await user.click(within(summary).getByRole('link', { name: /^Zusammenfassung/ }));
    expect(summaryField).toHaveFocus();
  }, 20_000);

  it('checks required fields and the reading time before sending anything', async () => {
    const user = userEvent.setup();
    const { requests } = stubApi({ ...options, [modulePath]: () => ({ body: draftDetail(), headers: { ETag: '"3"' } }) });
    renderApp({ route, auth: coach() });

    const title = await screen.findByRole('textbox', { name: /^Titel/ });
    await user.clear(title);
    const minutes = screen.getByRole('spinbutton', { name: /^Bearbeitungszeit/ });
    await user.clear(minutes);
    await user.type(minutes, '0');
    await user.click(await screen.findByRole('checkbox', { name: 'Finanzierung' }));
    await user.click(screen.getByRole('button', { name: /Clara Coach \(Demo\) als Autor entfernen/ }));
    await user.click(screen.getByRole('button', { name: 'Speichern' }));

    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('Titel: Bitte ausfüllen.');
    expect(summary).toHaveTextContent('Themen: Bitte mindestens ein Thema wählen.');
    expect(summary).toHaveTextContent('Bearbeitungszeit in Minuten: Bitte eine ganze Zahl von 1 bis 6000 eingeben.');
    expect(summary).toHaveTextContent('AutorInnen: Bitte mindestens');
    expect(title).toHaveAccessibleDescription('Bitte ausfüllen.');
    expect(screen.getByRole('group', { name: /^Themen/ })).toHaveAccessibleDescription(/Bitte mindestens ein Thema wählen/);
    expect(requests.some((request) => request.method === 'PUT')).toBe(false);
  }, 20_000);

  it('previews the Markdown as the module page renders it, without raw HTML', async () => {
    const user = userEvent.setup();
    stubApi({ ...options, [modulePath]: () => ({ body: draftDetail(), headers: { ETag: '"3"' } }) });
    const { container } = renderApp({ route, auth: coach() });

    const body = await screen.findByRole('textbox', { name: 'Text' });
    fireEvent.change(body, {
      target: { value: '## Schritte\n\nErst **planen**.\n\n<script>alert(1)</script>\n\n[klick](javascript:alert(1))' },
    });
    await user.click(screen.getByRole('button', { name: 'Vorschau' }));
    const preview = screen.getByRole('region', { name: 'Vorschau des Texts' });
    expect(within(preview).getByRole('heading', { level: 3, name: 'Schritte' })).toBeVisible();
    expect(within(preview).getByText('planen').tagName).toBe('STRONG');
    expect(container.querySelector('script')).toBeNull();
    expect(within(preview).queryByRole('link')).not.toBeInTheDocument();
    expect(within(preview).getByText('klick')).toBeVisible();
  }, 20_000);

  it('lets the author submit the draft for review and shows the new status', async () => {
    const user = userEvent.setup();
    const { requests } = stubApi({
      ...options,
      [modulePath]: () => ({ body: draftDetail(), headers: { ETag: '"3"' } }),
      [`${modulePath}/transitions`]: () => ({
        body: draftDetail({ status: 'IN_REVIEW', allowedTransitions: ['DRAFT'] }),
        headers: { ETag: '"4"' },
      }),
    });
    renderApp({ route, auth: coach() });

    const workflow = await screen.findByRole('region', { name: 'Status und Arbeitsablauf' });
    expect(workflow).toHaveTextContent('Status: Entwurf');
    await user.click(within(workflow).getByRole('button', { name: 'Zur Prüfung einreichen' }));
    const dialog = screen.getByRole('dialog', { name: /^Zur Prüfung einreichen: Lernmodul „.*“\?$/ });
    expect(dialog).toHaveTextContent('Das Programmteam wird das Modul prüfen.');
    await user.click(within(dialog).getByRole('button', { name: 'Ja, Zur Prüfung einreichen' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(workflow).toHaveTextContent('Status: In Prüfung');
    expect(within(workflow).getByRole('status')).toHaveTextContent('Neuer Status: In Prüfung.');
    expect(within(workflow).getByRole('button', { name: 'Einreichung zurückziehen' })).toBeVisible();
    const post = requests.find((request) => request.url.endsWith('/transitions'))!;
    expect(await post.json()).toEqual({ to: 'IN_REVIEW' });

    // The next save carries the version the step produced.
    await user.click(screen.getByRole('button', { name: 'Speichern' }));
    await waitFor(() => expect(requests.some((request) => request.method === 'PUT')).toBe(true));
    expect(requests.find((request) => request.method === 'PUT')!.headers.get('If-Match')).toBe('"4"');
  }, 20_000);

  it('offers the coordinator to publish or send back a module in review', async () => {
    stubApi({
      ...options,
      [modulePath]: () => ({
        body: draftDetail({ status: 'IN_REVIEW', allowedTransitions: ['DRAFT', 'PUBLISHED'] }),
        headers: { ETag: '"3"' },
      }),
    });
    renderApp({ route, auth: coordinator() });
    const workflow = await screen.findByRole('region', { name: 'Status und Arbeitsablauf' });
    expect(within(workflow).getByRole('button', { name: 'Veröffentlichen' })).toBeVisible();
    expect(within(workflow).getByRole('button', { name: 'Zur Überarbeitung zurückgeben' })).toBeVisible();
  });

  it('shows the API refusal of an attachment at the file field and lists an accepted one', async () => {
    const user = userEvent.setup();
    let stored: unknown[] = [];
    const { requests } = stubApi({
      ...options,
      [modulePath]: () => ({ body: draftDetail(), headers: { ETag: '"3"' } }),
      [`${modulePath}/attachments`]: async (request) => {
        if (request.method === 'GET') return { body: { items: stored } };
        // jsdom's File loses its name on the way through fetch; the content tells the two uploads apart.
        const file = (await request.formData()).get('file') as File;
        if ((await file.text()) === 'kein Bild') {
          const message = "the content is text/plain, which does not match the file name 'logo.png'";
          return {
            status: 415,
            contentType: 'application/problem+json',
            body: { title: 'Unsupported Media Type', status: 415, violations: [{ field: 'file', in: 'body', message }] },
          };
        }
        const attachment = {
          id: '9f000000-0000-4000-8000-000000000001',
          fileName: 'Finanzplan.csv',
          contentType: 'text/csv',
          sizeBytes: file.size,
          sha256: 'a'.repeat(64),
          createdAt: '2026-01-01T10:00:00+01:00',
        };
        stored = [attachment];
        return { status: 201, body: attachment };
      },
    });
    renderApp({ route, auth: coach() });

    const input = await screen.findByLabelText('Datei');
    await user.upload(input, new File(['kein Bild'], 'logo.png', { type: 'image/png' }));
    await user.click(screen.getByRole('button', { name: 'Hochladen' }));
    await waitFor(() => expect(input).toHaveAttribute('aria-invalid', 'true'));
    expect(input).toHaveAccessibleDescription(
      /Diese Datei wird nicht angenommen\. the content is text\/plain, which does not match/,
    );
    expect(input).toHaveFocus();

    await user.upload(input, new File(['a;b\n1;2\n'], 'Finanzplan.csv', { type: 'text/csv' }));
    await user.click(screen.getByRole('button', { name: 'Hochladen' }));
    expect(await screen.findByRole('button', { name: 'Finanzplan.csv herunterladen' })).toBeVisible();
    expect(screen.getByText('Finanzplan.csv wurde hochgeladen.')).toBeVisible();
    expect(input).not.toHaveAttribute('aria-invalid');
    const upload = requests.filter((request) => request.method === 'POST').at(-1)!;
    expect(upload.headers.get('Content-Type')).toMatch(/^multipart\/form-data; boundary=/);
  }, 20_000);

  it('refuses a file over 10 MB without sending it and explains the 413 of the API', async () => {
    const user = userEvent.setup();
    const { requests } = stubApi({
      ...options,
      [modulePath]: () => ({ body: draftDetail(), headers: { ETag: '"3"' } }),
      [`${modulePath}/attachments`]: (request) =>
        request.method === 'GET'
          ? { body: { items: [] } }
          : {
              status: 413,
              contentType: 'application/problem+json',
              body: {
                title: 'Content Too Large',
                status: 413,
                violations: [{ field: 'file', in: 'body', message: 'is 10485800 bytes; at most 10 MB are accepted' }],
              },
            },
    });
    renderApp({ route, auth: coach() });

    const input = await screen.findByLabelText('Datei');
    const big = new File(['x'], 'gross.pdf', { type: 'application/pdf' });
    Object.defineProperty(big, 'size', { value: 11 * 1024 * 1024 });
    await user.upload(input, big);
    await user.click(screen.getByRole('button', { name: 'Hochladen' }));
    expect(input).toHaveAccessibleDescription(/Die Datei ist zu groß\. Höchstens 10 MB sind erlaubt\./);
    expect(requests.some((request) => request.method === 'POST')).toBe(false);

    await user.upload(input, new File(['%PDF-1.4'], 'knapp.pdf', { type: 'application/pdf' }));
    await user.click(screen.getByRole('button', { name: 'Hochladen' }));
    await waitFor(() =>
      expect(input).toHaveAccessibleDescription(/Die Datei ist zu groß\. is 10485800 bytes; at most 10 MB are accepted/),
    );
  }, 20_000);

  it('does not offer the form to an author once the module is published', async () => {
    stubApi({
      ...options,
      [modulePath]: () => ({
        body: draftDetail({ status: 'PUBLISHED', allowedTransitions: [], editable: false }),
        headers: { ETag: '"3"' },
      }),
    });
    renderApp({ route, auth: coach() });
    expect(await screen.findByText('Im Status „Veröffentlicht“ ändert nur das Programmteam dieses Lernmodul.')).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Speichern' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Hochladen' })).not.toBeInTheDocument();
  });
});
