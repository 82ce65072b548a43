import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { problem, stubApi } from '@/test/fake-api';
import { renderApp, signedInAuth } from '@/test/render-app';

// The shared administration page, seen through the report texts screen: list, edit dialog, confirmed delete.
const SCOPE = {
  id: '8f3e5a10-4d07-4f6e-9c70-000000000021',
  kind: 'COUNSELLING_LOCATION',
  name: 'Beratungsstelle Pirna',
  town: 'Pirna',
  state: 'SN',
  openedOn: '2020-01-01',
  archived: false,
  version: 1,
};
const PERIOD = {
  id: '8f3e5a10-4d07-4f6e-9c71-000000000009',
  name: 'Frühjahr 2030',
  startsOn: '2030-03-01',
  endsOn: '2030-05-31',
  status: 'OPEN',
  version: 0,
  allowedTransitions: [],
};
const ID = '2b1c0d9e-0000-4000-8000-000000000001';
const narrative = (title: string, version: number) => ({
  id: ID,
  scopeId: SCOPE.id,
  periodId: PERIOD.id,
  startsOn: PERIOD.startsOn,
  endsOn: PERIOD.endsOn,
  position: 0,
  title,
  body: 'Gut besucht.',
  version,
});
const page = <T,>(items: T[]) => ({ items, page: 0, size: 100, totalItems: items.length, totalPages: 1 });

function stubNarratives(onItem: (request: Request) => { status?: number; body?: unknown; headers?: Record<string, string> }) {
  let items = [narrative('Rückblick', 3)];
  const stub = stubApi({
    '/api/v1/report-narratives': () => ({ body: page(items) }),
    [`/api/v1/report-narratives/${ID}`]: (request) => {
      const reply = onItem(request);
      if (request.method === 'DELETE' && reply.status === 204) items = [];
      if (request.method === 'PUT' && reply.status === undefined) items = [reply.body as ReturnType<typeof narrative>];
      return reply;
    },
    '/api/v1/metric-scopes': () => ({ body: page([SCOPE]) }),
    '/api/v1/reporting-periods': () => ({ body: page([PERIOD]) }),
    '/api/v1/indicators': () => ({ body: [] }),
  });
  renderApp({ route: '/outreach/manage/narratives', auth: signedInAuth('Ada Admin (Demo)', ['admin']) });
  return stub;
}

describe('administration page', { timeout: 30_000 }, () => {
  it('asks before deleting, sends If-Match of the version shown, explains a 412 in the dialog and announces the removal', async () => {
    const user = userEvent.setup();
    const answers = ['412', '204'];
    const { requests } = stubNarratives(() =>
      answers.shift() === '412' ? problem(412, 'Precondition Failed') : { status: 204 },
    );

    const table = await screen.findByRole('table', { name: 'Berichtstexte' });
    const row = within(table).getByRole('row', { name: /Rückblick/ });
    await user.click(within(row).getByRole('button', { name: 'Löschen: Rückblick' }));
    const dialog = screen.getByRole('dialog', { name: 'Löschen: Berichtstext „Rückblick“?' });
    expect(dialog).toHaveTextContent('Der Text erscheint in keinem Bericht mehr.');
    expect(requests.some((request) => request.method === 'DELETE')).toBe(false);

    await user.click(within(dialog).getByRole('button', { name: 'Ja, Löschen' }));
    expect(await within(dialog).findByText(/Inzwischen hat jemand anderes gespeichert/)).toBeVisible();
    const first = requests.find((request) => request.method === 'DELETE')!;
    expect(first.headers.get('If-Match')).toBe('"3"');

    await user.click(within(dialog).getByRole('button', { name: 'Ja, Löschen' }));
    expect(await screen.findByText('Berichtstext „Rückblick“ gelöscht.')).toBeVisible();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(await screen.findByText('Berichtstexte', { selector: '.result-count' })).toBeVisible();
  });

  it('edits in a dialog with the first field focused, saves with If-Match and announces the save; Escape closes without saving', async () => {
    const user = userEvent.setup();
    const { requests } = stubNarratives((request) =>
      request.method === 'PUT'
        ? { body: narrative('Rückblick auf den Frühling', 4), headers: { ETag: '"4"' } }
        : { body: narrative('Rückblick', 3) },
    );

    const table = await screen.findByRole('table', { name: 'Berichtstexte' });
    const edit = within(table).getByRole('button', { name: 'Bearbeiten: Rückblick' });
    await user.click(edit);
    let dialog = screen.getByRole('dialog', { name: 'Berichtstext bearbeiten: Rückblick' });
    await user.keyboard('{Escape}');
    expect(dialog).not.toBeInTheDocument();
    expect(edit).toHaveFocus();
    expect(requests.some((request) => request.method === 'PUT')).toBe(false);

    await user.keyboard('{Enter}');
    dialog = screen.getByRole('dialog', { name: 'Berichtstext bearbeiten: Rückblick' });
    const title = within(dialog).getByRole('textbox', { name: /^Überschrift/ });
    expect(title).toHaveValue('Rückblick');
    await user.clear(title);
    await user.type(title, 'Rückblick auf den Frühling');
    await user.click(within(dialog).getByRole('button', { name: 'Berichtstext speichern' }));

    expect(await screen.findByText('Berichtstext „Rückblick auf den Frühling“ gespeichert.')).toBeVisible();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    const put = requests.find((request) => request.method === 'PUT')!;
    expect(put.headers.get('If-Match')).toBe('"3"');
    expect(await put.json()).toMatchObject({ title: 'Rückblick auf den Frühling', scopeId: SCOPE.id, periodId: PERIOD.id });
  });

  it('is closed to partners', async () => {
    stubApi({});
    renderApp({ route: '/outreach/manage/narratives', auth: signedInAuth('Paula Partner (Demo)', ['partner']) });
    expect(await screen.findByText('Kennzahlen erfassen können nur Koordination und Administration.')).toBeVisible();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });
});
