import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { stubApi } from '@/test/fake-api';
import { kalbe, organisationPage } from '@/test/fixtures';
import { anonymousAuth, renderApp, signedInAuth } from '@/test/render-app';

const CSV = 'id,name,state\n00000000-0000-4000-8000-000000000001,Künstlerstadt Kalbe e.V.,ST\n';

function stubOrganisations() {
  return stubApi({
    '/api/v1/organisations': (request) =>
      request.headers.get('Accept') === 'text/csv'
        ? { body: CSV, contentType: 'text/csv;charset=UTF-8' }
        : { body: organisationPage() },
  });
}

const coordinator = () => signedInAuth('Konrad Koordinator (Demo)', ['coordinator']);

describe('organisation list for staff and advisors', () => {
  const originalCreateObjectURL = URL.createObjectURL;
  const originalRevokeObjectURL = URL.revokeObjectURL;
  afterEach(() => {
    URL.createObjectURL = originalCreateObjectURL;
    URL.revokeObjectURL = originalRevokeObjectURL;
  });

  it('lists organisations of every programme role in a table linking to their pages', async () => {
    const { requests } = stubOrganisations();
    renderApp({ route: '/organisations', auth: coordinator() });

    expect(screen.getByRole('heading', { level: 1, name: 'Organisationen' })).toBeVisible();
    const table = await screen.findByRole('table');
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(
      within(rows[0]!)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Name', 'Rolle im Programm', 'Art der Organisation', 'Ort', 'Bundesland']);
    expect(within(rows[1]!).getByRole('link', { name: 'Künstlerstadt Kalbe e.V.' })).toHaveAttribute(
      'href',
      `/organisations/${kalbe.id}`,
    );
    expect(rows[2]).toHaveTextContent('Kandidat');
    expect(rows[2]).toHaveTextContent('Sachsen');
    expect(screen.getByText('2 Organisationen gefunden')).toHaveAttribute('aria-live', 'polite');
    expect(requests[0]!.headers.get('Authorization')).toBe('Bearer test-token');

    const roles = screen.getByRole('group', { name: 'Rolle im Programm' });
    expect(
      within(roles)
        .getAllByRole('checkbox')
        .map((box) => box.getAttribute('value')),
    ).toEqual(['CANDIDATE', 'BEST_PRACTICE', 'TANDEM']);
  });

  it('reads the filters from the address and writes changes back', async () => {
    const user = userEvent.setup();
    const { requests } = stubOrganisations();
    const { router } = renderApp({ route: '/organisations?programmeRole=CANDIDATE&state=SN', auth: coordinator() });

    await screen.findByRole('table');
    const first = new URL(requests[0]!.url).searchParams;
    expect(first.getAll('programmeRole')).toEqual(['CANDIDATE']);
    expect(first.getAll('state')).toEqual(['SN']);
    expect(first.get('page')).toBe('0');
    expect(first.get('size')).toBe('20');

    await user.click(screen.getByRole('checkbox', { name: 'Verein' }));

    await waitFor(() => expect(new URL(requests.at(-1)!.url).searchParams.getAll('kind')).toEqual(['ASSOCIATION']));
    expect(new URLSearchParams(router.state.location.search).getAll('kind')).toEqual(['ASSOCIATION']);
  });

  it('downloads the filtered list as CSV with Accept: text/csv and the bearer token', async () => {
    const user = userEvent.setup();
    const createObjectURL = vi.fn((_blob: Blob) => 'blob:organisations');
    URL.createObjectURL = createObjectURL;
    URL.revokeObjectURL = vi.fn();
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
    const { requests } = stubOrganisations();
    renderApp({ route: '/organisations?state=ST&q=Kunst&page=2', auth: coordinator() });
    await screen.findByRole('table');

    await user.selectOptions(screen.getByLabelText('Dateiformat'), 'CSV für Programme (Komma, Dezimalpunkt)');
    await user.click(screen.getByRole('button', { name: 'Tabelle herunterladen' }));

    expect(
      await screen.findByText('Die Tabelle mit den Organisationen der aktuellen Filter wurde heruntergeladen.'),
    ).toBeVisible();
    const csvRequest = requests.find((request) => request.headers.get('Accept') === 'text/csv')!;
    expect(csvRequest.headers.get('Authorization')).toBe('Bearer test-token');
    const query = new URL(csvRequest.url).searchParams;
    expect(query.getAll('state')).toEqual(['ST']);
    expect(query.get('q')).toBe('Kunst');
    expect(query.has('page')).toBe(false);
    expect(createObjectURL).toHaveBeenCalledOnce();
    expect(await createObjectURL.mock.calls[0]![0].text()).toBe(CSV);
    expect(clicked).toHaveLength(1);
    expect(clicked[0]!.href).toBe('blob:organisations');
    expect(clicked[0]!.download).toMatch(/^organisationen-\d{4}-\d{2}-\d{2}\.csv$/);
  });

  it('shows the problem when the CSV cannot be made', async () => {
    const user = userEvent.setup();
    stubApi({
      '/api/v1/organisations': (request) =>
        request.headers.get('Accept') === 'text/csv'
          ? { status: 503, contentType: 'application/problem+json', body: { title: 'Service Unavailable', status: 503 } }
          : { body: organisationPage() },
    });
    renderApp({ route: '/organisations', auth: signedInAuth('Rita Regional (Demo)', ['advisor']) });
    await screen.findByRole('table');

    await user.selectOptions(screen.getByLabelText('Dateiformat'), 'CSV für Programme (Komma, Dezimalpunkt)');
    await user.click(screen.getByRole('button', { name: 'Tabelle herunterladen' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Service Unavailable');
  });

  it('is not for partner users and asks anonymous visitors to log in', () => {
    const { fetchStub } = stubApi({});
    const { unmount } = renderApp({ route: '/organisations', auth: signedInAuth('Paula Partner (Demo)', ['partner']) });
    expect(screen.getByText('Diese Seite ist für Ihre Rolle nicht freigegeben.')).toBeVisible();
    unmount();

    renderApp({ route: '/organisations', auth: anonymousAuth() });
    expect(screen.getByText('Bitte melden Sie sich an, um diese Seite zu sehen.')).toBeVisible();
    expect(fetchStub).not.toHaveBeenCalled();
  });
});
