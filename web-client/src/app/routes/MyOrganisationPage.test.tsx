import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { OrganisationDetail } from '@/features/organisations/api/get-organisation';
import { assignmentPage } from '@/features/coaching/testing/fixtures';
import { problem, stubApi, validationProblem, type Handler } from '@/test/fake-api';
import { kalbe, karla, paula } from '@/test/fixtures';
import { anonymousAuth, renderApp, signedInAuth } from '@/test/render-app';

const ORGANISATION_PATH = `/api/v1/organisations/${kalbe.id}`;
const CONTACTS_PATH = `${ORGANISATION_PATH}/contacts`;

/** A fake organisation resource with versions and ETags, as the API keeps them. */
function organisationServer(initial: OrganisationDetail = kalbe) {
  const server = { current: initial };
  const etag = () => ({ ETag: `"${server.current.version}"` });
  return {
    server,
    handler: async (request: Request) => {
      if (request.method === 'PUT') {
        const input = (await request.json()) as Partial<OrganisationDetail>;
        if (request.headers.get('If-Match') !== `"${server.current.version}"`) {
          return problem(412, 'Precondition Failed', 'Somebody else changed this in the meantime');
        }
        server.current = { ...server.current, ...input, version: server.current.version + 1 } as OrganisationDetail;
      }
      return { body: server.current, headers: etag() };
    },
  };
}

function partnerAuth() {
  return signedInAuth('Paula Partner (Demo)', ['partner']);
}

function puts(requests: Request[]): Request[] {
  return requests.filter((request) => request.method === 'PUT' && new URL(request.url).pathname === ORGANISATION_PATH);
}

/** Stubs the partner's account, the organisation and its contacts (none unless given), and opens "my organisation". */
function openMyOrganisation(organisation: Handler, more: Record<string, Handler> = {}) {
  const stub = stubApi({
    '/api/v1/me': () => ({ body: paula }),
    [ORGANISATION_PATH]: organisation,
    [CONTACTS_PATH]: () => ({ body: [] }),
    [`${ORGANISATION_PATH}/coaching`]: () => ({
      body: { organisation: { id: kalbe.id, name: kalbe.name }, hourBudget: 0, hoursUsed: 0, hoursRemaining: 0, topics: [] },
    }),
    '/api/v1/coaching-assignments': () => ({ body: assignmentPage([]) }),
    ...more,
  });
  renderApp({ route: '/my-organisation', auth: partnerAuth() });
  return stub;
}

async function openForm() {
  return screen.findByRole('textbox', { name: 'Teamgröße' });
}

describe('my organisation', () => {
  it('loads the organisation of the signed-in user into the form, with the programme role read-only', async () => {
    const { handler } = organisationServer();
    openMyOrganisation(handler);

    expect(screen.getByRole('heading', { level: 1, name: 'Meine Organisation' })).toBeVisible();
    await openForm();
    expect(screen.getByRole('textbox', { name: 'Name (Pflichtfeld)' })).toHaveValue('Künstlerstadt Kalbe e.V.');
    expect(screen.getByRole('combobox', { name: 'Art der Organisation (Pflichtfeld)' })).toHaveValue('ASSOCIATION');
    expect(screen.getByRole('combobox', { name: 'Bundesland (Pflichtfeld)' })).toHaveValue('ST');
    expect(screen.getByRole('combobox', { name: 'Siedlungstyp' })).toHaveValue('SMALL_SMALL_TOWN');
    expect(screen.getByRole('checkbox', { name: 'Kunstmarkt' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Musikwirtschaft' })).not.toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Finanzierung' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Digitale Infrastruktur' })).not.toBeChecked();
    expect(screen.getByRole('textbox', { name: 'Breitengrad' })).toHaveValue('52.6556');
    const role = screen.getByRole('textbox', { name: 'Rolle im Programm' });
    expect(role).toHaveValue('Beste-Praxis-PartnerIn');
    expect(role).toHaveAttribute('readonly');
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
  });

  it('saves with If-Match, says "Gespeichert" and uses the new ETag for the next save', async () => {
    const user = userEvent.setup();
    const { handler } = organisationServer();
    const { requests } = openMyOrganisation(handler);

    const teamSize = await openForm();
    await user.type(teamSize, '12');
    await user.click(screen.getByRole('checkbox', { name: 'Marketing' }));
    await user.click(screen.getByRole('button', { name: 'Speichern' }));

    expect(await screen.findByText('Gespeichert')).toHaveAttribute('role', 'status');
    const [first] = puts(requests);
    expect(first!.headers.get('If-Match')).toBe('"3"');
    expect(first!.headers.get('Authorization')).toBe('Bearer test-token');
    const body = await first!.json();
    expect(body).toMatchObject({
      name: 'Künstlerstadt Kalbe e.V.',
      kind: 'ASSOCIATION',
      state: 'ST',
      teamSize: 12,
      latitude: 52.6556,
      submarkets: ['ART_MARKET', 'PERFORMING_ARTS'],
      requestedTopics: ['FINANCING', 'MARKETING', 'BUILDING_LAW'],
      programmeRole: 'BEST_PRACTICE',
      foundingYear: null,
      street: null,
    });

    await user.clear(teamSize);
    await user.type(teamSize, '13');
    await user.click(screen.getByRole('button', { name: 'Speichern' }));

    await waitFor(() => expect(puts(requests)).toHaveLength(2));
    expect(puts(requests)[1]!.headers.get('If-Match')).toBe('"4"');
    await waitFor(() => expect(screen.getByText('Gespeichert')).toBeVisible());
  });

  it('keeps the input on 412, explains the conflict in a focused alert and loads the latest version on request', async () => {
    const user = userEvent.setup();
    const { handler, server } = organisationServer();
    const { requests } = openMyOrganisation(handler);
    const teamSize = await openForm();

    // Somebody else saves in between.
    server.current = { ...server.current, teamSize: 42, version: 4 };
    await user.type(teamSize, '12');
    await user.click(screen.getByRole('button', { name: 'Speichern' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Inzwischen hat jemand anderes gespeichert');
    expect(alert).toHaveTextContent('Ihre Eingaben in diesem Formular gehen beim Laden verloren.');
    await waitFor(() => expect(alert).toHaveFocus());
    expect(puts(requests)[0]!.headers.get('If-Match')).toBe('"3"');
    expect(teamSize).toHaveValue('12');
    expect(screen.queryByText('Gespeichert')).not.toBeInTheDocument();

    await user.click(within(alert).getByRole('button', { name: 'Neueste Fassung laden' }));

    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Teamgröße' })).toHaveValue('42'));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getByText('Die neueste Fassung ist geladen.')).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Speichern' }));
    await waitFor(() => expect(puts(requests)).toHaveLength(2));
    expect(puts(requests)[1]!.headers.get('If-Match')).toBe('"4"');
    await waitFor(() => expect(screen.getByText('Gespeichert')).toBeVisible());
  });

  it('shows each violation of a 400 problem at its field and in a focused summary', async () => {
    const user = userEvent.setup();
    openMyOrganisation((request) =>
      request.method === 'PUT'
        ? validationProblem([
            { field: 'update.input.postalCode', message: 'must be a German postal code of five digits' },
            { field: 'foundingYear', message: 'must be greater than or equal to 1800' },
            { field: 'submarkets[0]', message: 'must not be null' },
          ])
        : { body: kalbe, headers: { ETag: '"3"' } },
    );
    await openForm();

    await user.clear(screen.getByRole('textbox', { name: 'Postleitzahl' }));
    await user.type(screen.getByRole('textbox', { name: 'Postleitzahl' }), '1234');
    await user.type(screen.getByRole('textbox', { name: 'Gründungsjahr' }), '1700');
    await user.click(screen.getByRole('button', { name: 'Speichern' }));

    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('Bitte prüfen Sie Ihre Angaben');
    await waitFor(() => expect(summary).toHaveFocus());
    const links = within(summary).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual([
      'Teilmärkte: must not be null',
      'Gründungsjahr: must be greater than or equal to 1800',
      'Postleitzahl: must be a German postal code of five digits',
    ]);

    const postalCode = screen.getByRole('textbox', { name: 'Postleitzahl' });
    expect(postalCode).toHaveAttribute('aria-invalid', 'true');
    expect(postalCode).toHaveAccessibleDescription('Fünf Ziffern. must be a German postal code of five digits');
    const foundingYear = screen.getByRole('textbox', { name: 'Gründungsjahr' });
    expect(foundingYear).toHaveAttribute('aria-invalid', 'true');
    expect(foundingYear).toHaveAccessibleDescription('must be greater than or equal to 1800');
    expect(screen.getByRole('group', { name: 'Teilmärkte' })).toHaveAccessibleDescription('must not be null');
    expect(screen.getByRole('textbox', { name: 'Name (Pflichtfeld)' })).not.toHaveAttribute('aria-invalid');

    await user.click(links[2]!);
    expect(postalCode).toHaveFocus();
  });

  it('shows the 403 for a changed programme role at the programme role', async () => {
    const user = userEvent.setup();
    openMyOrganisation((request) =>
      request.method === 'PUT'
        ? {
            status: 403,
            contentType: 'application/problem+json',
            body: {
              title: 'Forbidden',
              status: 403,
              violations: [{ field: 'programmeRole', in: 'body', message: 'only programme staff change the programme role' }],
            },
          }
        : { body: kalbe, headers: { ETag: '"3"' } },
    );
    await openForm();

    await user.click(screen.getByRole('button', { name: 'Speichern' }));

    const role = screen.getByRole('textbox', { name: 'Rolle im Programm' });
    await waitFor(() => expect(role).toHaveAttribute('aria-invalid', 'true'));
    expect(role).toHaveAccessibleDescription(/only programme staff change the programme role/);
  });

  it('asks for a number instead of sending text in a number field', async () => {
    const user = userEvent.setup();
    const { handler } = organisationServer();
    const { requests } = openMyOrganisation(handler);

    await user.type(await openForm(), 'zwölf');
    await user.click(screen.getByRole('button', { name: 'Speichern' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Teamgröße: Bitte geben Sie eine Zahl ein.');
    expect(screen.getByRole('textbox', { name: 'Teamgröße' })).toHaveAttribute('aria-invalid', 'true');
    expect(puts(requests)).toHaveLength(0);
  });

  it('says so when the account has no organisation', async () => {
    stubApi({ '/api/v1/me': () => ({ body: { ...paula, organisation: null } }) });
    renderApp({ route: '/my-organisation', auth: partnerAuth() });

    expect(await screen.findByText(/Ihrem Konto ist keine Organisation zugeordnet/)).toBeVisible();
  });

  it('asks anonymous visitors to log in', () => {
    const { fetchStub } = stubApi({});
    renderApp({ route: '/my-organisation', auth: anonymousAuth() });

    expect(screen.getByText('Bitte melden Sie sich an, um diese Seite zu sehen.')).toBeVisible();
    expect(fetchStub).not.toHaveBeenCalled();
  });
});

describe('contact persons of my organisation', () => {
  function openContacts() {
    let contacts = [karla];
    const { handler } = organisationServer();
    return openMyOrganisation(handler, {
      [CONTACTS_PATH]: async (request) => {
        if (request.method === 'POST') {
          const created = { ...(await request.json()), id: '00000000-0000-4000-8000-0000000000c2', version: 0 };
          contacts = [...contacts, created];
          return { status: 201, body: created };
        }
        return { body: contacts };
      },
      [`${CONTACTS_PATH}/${karla.id}`]: async (request) => {
        if (request.method === 'DELETE') {
          contacts = contacts.filter((contact) => contact.id !== karla.id);
          return { status: 204 };
        }
        const saved = { ...karla, ...(await request.json()), version: karla.version + 1 };
        contacts = contacts.map((contact) => (contact.id === karla.id ? saved : contact));
        return { body: saved };
      },
    });
  }

  it('lists, adds, edits with If-Match and deletes after a confirmation', async () => {
    const user = userEvent.setup();
    const { requests } = openContacts();

    const section = await screen.findByRole('region', { name: 'Kontaktpersonen' });
    expect(await within(section).findByText('Karla Kontakt (Demo)', { selector: 'p' })).toBeVisible();
    expect(within(section).getByRole('link', { name: karla.email! })).toHaveAttribute('href', `mailto:${karla.email}`);

    // Add
    await user.click(within(section).getByRole('button', { name: 'Kontaktperson hinzufügen' }));
    const addForm = within(section).getByRole('form', { name: 'Neue Kontaktperson' });
    await user.type(within(addForm).getByRole('textbox', { name: 'Name (Pflichtfeld)' }), 'Nina Neu (Demo)');
    await user.type(within(addForm).getByRole('textbox', { name: 'Funktion' }), 'Presse');
    await user.click(within(addForm).getByRole('button', { name: 'Speichern' }));

    expect(await within(section).findByText('Kontaktperson Nina Neu (Demo) hinzugefügt.')).toBeVisible();
    expect(await within(section).findByText('Nina Neu (Demo)', { selector: 'p' })).toBeVisible();
    const post = requests.find((request) => request.method === 'POST')!;
    expect(await post.json()).toEqual({ name: 'Nina Neu (Demo)', function: 'Presse', email: null, phone: null });

    // Edit
    await user.click(within(section).getByRole('button', { name: 'Bearbeiten Karla Kontakt (Demo)' }));
    const editForm = within(section).getByRole('form', { name: 'Kontaktperson bearbeiten' });
    const fn = within(editForm).getByRole('textbox', { name: 'Funktion' });
    await user.clear(fn);
    await user.type(fn, 'Geschäftsführung');
    await user.click(within(editForm).getByRole('button', { name: 'Speichern' }));

    expect(await within(section).findByText('Kontaktperson Karla Kontakt (Demo) gespeichert.')).toBeVisible();
    const put = requests.find((request) => request.method === 'PUT')!;
    expect(put.headers.get('If-Match')).toBe('"2"');
    expect(await put.json()).toMatchObject({ name: 'Karla Kontakt (Demo)', function: 'Geschäftsführung' });

    // Delete: first a question, nothing deleted yet
    await user.click(within(section).getByRole('button', { name: 'Löschen Karla Kontakt (Demo)' }));
    const question = within(section).getByText(/Kontaktperson Karla Kontakt \(Demo\) wirklich löschen\?/);
    expect(question).toHaveFocus();
    expect(requests.some((request) => request.method === 'DELETE')).toBe(false);
    await user.click(within(section).getByRole('button', { name: 'Abbrechen' }));
    expect(requests.some((request) => request.method === 'DELETE')).toBe(false);

    await user.click(within(section).getByRole('button', { name: 'Löschen Karla Kontakt (Demo)' }));
    await user.click(within(section).getByRole('button', { name: 'Ja, löschen' }));

    expect(await within(section).findByText('Kontaktperson Karla Kontakt (Demo) gelöscht.')).toBeVisible();
    await waitFor(() => expect(within(section).queryByText('Karla Kontakt (Demo)', { selector: 'p' })).not.toBeInTheDocument());
    const deletion = requests.find((request) => request.method === 'DELETE')!;
    expect(new URL(deletion.url).pathname).toBe(`${CONTACTS_PATH}/${karla.id}`);
  });

  it('shows contact field errors from a 400 problem at the fields', async () => {
    const user = userEvent.setup();
    openMyOrganisation(() => ({ body: kalbe, headers: { ETag: '"3"' } }), {
      [CONTACTS_PATH]: (request) =>
        request.method === 'POST'
          ? validationProblem([{ field: 'create.input.email', message: 'must be a well-formed email address' }])
          : { body: [] },
    });

    const section = await screen.findByRole('region', { name: 'Kontaktpersonen' });
    await user.click(await within(section).findByRole('button', { name: 'Kontaktperson hinzufügen' }));
    await user.type(within(section).getByRole('textbox', { name: 'Name (Pflichtfeld)' }), 'Nina Neu (Demo)');
    await user.type(within(section).getByRole('textbox', { name: 'E-Mail' }), 'nina');
    await user.click(within(section).getByRole('button', { name: 'Speichern' }));

    const email = within(section).getByRole('textbox', { name: 'E-Mail' });
    await waitFor(() => expect(email).toHaveAttribute('aria-invalid', 'true'));
    expect(email).toHaveAccessibleDescription('must be a well-formed email address');
  });
});
