import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { problem, stubApi } from '@/test/fake-api';
import { renderApp, signedInAuth } from '@/test/render-app';
import type { PersonalDataErasure } from '../api/erase-personal-data';
import type { PersonalDataExport } from '../api/get-personal-data';

const admin = () => signedInAuth('Ada Admin (Demo)', ['admin']);
const SUBJECT = '5b7f3c2e-8d41-4e0a-b1c6-1f2e3d4c5b6a';
const EMAIL = 'greta@example.org';

const exported: PersonalDataExport = {
  exportedAt: '2026-12-02T16:00:00Z',
  subjects: [SUBJECT],
  emails: [EMAIL],
  names: ['Greta Datenschutz'],
  totalRows: 3,
  records: [
    { feature: 'partner', table: 'contact_person', rows: [{ name: 'Greta Datenschutz', email: EMAIL }] },
    {
      feature: 'concept',
      table: 'concept_comment',
      rows: [
        { author_name: 'Greta Datenschutz', body: 'Bitte ergänzen.' },
        { author_name: 'Greta Datenschutz', body: 'Danke!' },
      ],
    },
  ],
};

const erasure: PersonalDataErasure = {
  erasedAt: '2026-12-02T16:01:00Z',
  pseudonymSubject: 'erased-1b4e28ba-2fa1-41d2-883f-0016d3cca427',
  pseudonymName: 'Gelöschte Person 1b4e28ba',
  totalRows: 3,
  tables: [
    { feature: 'partner', table: 'contact_person', rows: 1, deleted: true },
    { feature: 'concept', table: 'concept_comment', rows: 2, deleted: false },
  ],
};

/** jsdom's Blob has no text(); FileReader reads it. */
function blobText(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.onerror = () => reject(reader.error);
    reader.readAsText(blob);
  });
}

const originalCreateObjectURL = URL.createObjectURL;
const originalRevokeObjectURL = URL.revokeObjectURL;
afterEach(() => {
  URL.createObjectURL = originalCreateObjectURL;
  URL.revokeObjectURL = originalRevokeObjectURL;
});

/** Focuses the field and pastes the text: typing long ids key by key is slow on a busy machine. */
async function paste(user: ReturnType<typeof userEvent.setup>, field: HTMLElement, text: string) {
  await user.click(field);
  await user.paste(text);
}

async function lookUpByEmail(user: ReturnType<typeof userEvent.setup>) {
  await paste(user, await screen.findByLabelText(/^E-Mail-Adresse/), EMAIL);
  await user.click(screen.getByRole('button', { name: 'Daten anzeigen' }));
}

describe('the personal data screen', () => {
  it('shows what is stored about a person, downloads it and erases it after the typed confirmation', async () => {
    const user = userEvent.setup();
    const { requests } = stubApi({
      '/api/v1/personal-data': () => ({ body: exported }),
      '/api/v1/personal-data/erasures': () => ({ body: erasure }),
    });
    const createObjectURL = vi.fn((_blob: Blob) => 'blob:export');
    URL.createObjectURL = createObjectURL;
    URL.revokeObjectURL = vi.fn();
    renderApp({ route: '/privacy', auth: admin() });

    expect(await screen.findByRole('link', { name: 'Datenschutz' })).toBeInTheDocument();
    await lookUpByEmail(user);

    expect(await screen.findByRole('heading', { name: '3 Datensätze nennen diese Person' })).toBeInTheDocument();
    const lookup = new URL(requests.find((r) => r.url.includes('/personal-data'))!.url);
    expect(lookup.searchParams.get('email')).toBe(EMAIL);
    expect(lookup.searchParams.has('subject')).toBe(false);
    const table = screen.getByRole('table', { name: /Gespeicherte Daten nach Tabelle/ });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(
      rows.map((row) =>
        within(row)
          .getAllByRole('cell')
          .map((cell) => cell.textContent?.split('[')[0]!.trim()),
      ),
    ).toEqual([
      ['partner', 'contact_person', '1'],
      ['concept', 'concept_comment', '2'],
    ]);
    expect(screen.getByText(SUBJECT)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Auskunft herunterladen (JSON)' }));
    expect(createObjectURL).toHaveBeenCalledTimes(1);
    const downloaded = JSON.parse(await blobText(createObjectURL.mock.calls[0]![0])) as PersonalDataExport;
    expect(downloaded.records).toHaveLength(2);

    await user.click(screen.getByRole('button', { name: 'Person löschen …' }));
    const dialog = await screen.findByRole('dialog', { name: 'Person endgültig löschen' });
    expect(within(dialog).getByText(/3 Datensätze werden gelöscht oder pseudonymisiert/)).toBeInTheDocument();
    const confirmation = within(dialog).getByLabelText(new RegExp(`„${EMAIL}“ eingeben`));
    await paste(user, confirmation, 'jemand@example.org');
    await user.click(within(dialog).getByRole('button', { name: 'Endgültig löschen' }));
    expect(await within(dialog).findByText('Die Eingabe stimmt nicht mit der gesuchten Person überein.')).toBeInTheDocument();
    expect(requests.some((r) => r.url.endsWith('/erasures'))).toBe(false);

    await user.clear(confirmation);
    await paste(user, confirmation, EMAIL.toUpperCase());
    await user.click(within(dialog).getByRole('button', { name: 'Endgültig löschen' }));

    expect(
      await screen.findByText('Gelöscht: 3 Datensätze, die Person heißt jetzt „Gelöschte Person 1b4e28ba“.'),
    ).toBeInTheDocument();
    expect(screen.getByText(/Das Keycloak-Konto bleibt bestehen/)).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    const erase = requests.find((r) => r.url.endsWith('/erasures'))!;
    expect(erase.method).toBe('POST');
    expect(await erase.json()).toEqual({ email: EMAIL, confirmation: EMAIL.toUpperCase() });
  });

  it('says when nothing is stored and checks the address before asking the API', async () => {
    const user = userEvent.setup();
    const { requests } = stubApi({
      '/api/v1/personal-data': () => ({
        body: { ...exported, subjects: [], emails: [EMAIL], names: [], totalRows: 0, records: [] },
      }),
    });
    renderApp({ route: '/privacy', auth: admin() });

    await paste(user, await screen.findByLabelText(/^E-Mail-Adresse/), 'keine-adresse');
    await user.click(screen.getByRole('button', { name: 'Daten anzeigen' }));
    expect(await screen.findByText('Das ist keine E-Mail-Adresse.')).toBeInTheDocument();
    expect(requests).toHaveLength(0);

    await user.selectOptions(screen.getByLabelText('Suchen nach'), 'subject');
    const subject = screen.getByLabelText(/^Keycloak-ID/);
    await user.clear(subject);
    await paste(user, subject, SUBJECT);
    await user.click(screen.getByRole('button', { name: 'Daten anzeigen' }));
    expect(await screen.findByText(`Über ${SUBJECT} ist nichts gespeichert.`)).toBeInTheDocument();
    expect(new URL(requests[0]!.url).searchParams.get('subject')).toBe(SUBJECT);
    expect(screen.queryByRole('button', { name: 'Person löschen …' })).not.toBeInTheDocument();
  });

  it('shows the refusal when an admin names themselves', async () => {
    const user = userEvent.setup();
    stubApi({
      '/api/v1/personal-data': () => ({ body: exported }),
      '/api/v1/personal-data/erasures': () => problem(409, 'Conflict', 'Admins cannot erase themselves; ask another admin'),
    });
    renderApp({ route: '/privacy', auth: admin() });
    await lookUpByEmail(user);
    await user.click(await screen.findByRole('button', { name: 'Person löschen …' }));
    const dialog = await screen.findByRole('dialog');
    await paste(user, within(dialog).getByRole('textbox'), EMAIL);
    await user.click(within(dialog).getByRole('button', { name: 'Endgültig löschen' }));
    expect(await within(dialog).findByText('Sie können sich nicht selbst löschen.')).toBeInTheDocument();
  });

  it('is for admins only', async () => {
    const { requests } = stubApi({});
    renderApp({ route: '/privacy', auth: signedInAuth('Konrad Koordinator (Demo)', ['coordinator']) });
    expect(
      await screen.findByText('Auskunft und Löschung personenbezogener Daten sind der Administration vorbehalten.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Datenschutz' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Daten anzeigen' })).not.toBeInTheDocument();
    await waitFor(() => expect(requests.filter((r) => r.url.includes('personal-data'))).toHaveLength(0));
  });
});
