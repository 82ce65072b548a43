import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import i18n from '@/lib/i18n';
import { stubApi } from '@/test/fake-api';
import { partnerMap, partnerPage, partners } from '@/test/fixtures';
import { renderApp } from '@/test/render-app';

// Leaflet draws into a real browser; here the map is replaced at the module boundary by plain elements.
vi.mock('react-leaflet', () => import('@/test/react-leaflet-mock'));
vi.mock('react-leaflet-cluster', () => import('@/test/react-leaflet-cluster-mock'));

function stubDirectory() {
  return stubApi({
    '/api/v1/partners': () => ({ body: partnerPage() }),
    '/api/v1/partners/map': () => ({ body: partnerMap(), contentType: 'application/geo+json' }),
  });
}

function lastQuery(requests: Request[], path: string): URLSearchParams {
  const request = requests.filter((candidate) => new URL(candidate.url).pathname === path).at(-1);
  if (!request) throw new Error(`no request to ${path}`);
  return new URL(request.url).searchParams;
}

describe('partner directory', () => {
  it('reads filters, search, sort and page from the address and asks the API with them', async () => {
    const { requests } = stubDirectory();
    renderApp({ route: '/partners?state=SN&state=BY&submarket=MUSIC&kind=NETWORK&q=Festival&sort=-name&page=2' });

    expect(screen.getByRole('heading', { level: 1, name: 'Partnerverzeichnis' })).toBeVisible();
    await screen.findByRole('heading', { name: 'Haldern Pop' });
    const query = lastQuery(requests, '/api/v1/partners');
    expect(query.getAll('state')).toEqual(['SN', 'BY']);
    expect(query.getAll('submarket')).toEqual(['MUSIC']);
    expect(query.getAll('kind')).toEqual(['NETWORK']);
    expect(query.get('q')).toBe('Festival');
    expect(query.get('sort')).toBe('-name');
    expect(query.get('page')).toBe('1');
    expect(query.has('programmeRole')).toBe(false);

    expect(screen.getByRole('checkbox', { name: 'Sachsen' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Bayern' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Thüringen' })).not.toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Musikwirtschaft' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Netzwerk' })).toBeChecked();
    expect(screen.getByRole('searchbox', { name: 'Suche' })).toHaveValue('Festival');
    expect(screen.getByRole('combobox', { name: 'Sortierung' })).toHaveValue('-name');
  });

  it('ignores unknown filter values in the address', async () => {
    const { requests } = stubDirectory();
    renderApp({ route: '/partners?state=XX&state=ST&programmeRole=CANDIDATE&sort=bogus' });

    await screen.findByRole('heading', { name: 'Haldern Pop' });
    const query = lastQuery(requests, '/api/v1/partners');
    expect(query.getAll('state')).toEqual(['ST']);
    expect(query.has('programmeRole')).toBe(false);
    expect(query.has('sort')).toBe(false);
  });

  it('writes filter changes into the address, back on the first page, and asks the API again', async () => {
    const user = userEvent.setup();
    const { requests } = stubDirectory();
    const { router } = renderApp({ route: '/partners?page=2' });
    await screen.findByRole('heading', { name: 'Haldern Pop' });

    await user.click(screen.getByRole('checkbox', { name: 'Sachsen-Anhalt' }));

    await waitFor(() => expect(lastQuery(requests, '/api/v1/partners').getAll('state')).toEqual(['ST']));
    expect(router.state.location.search).toBe('?state=ST');
    expect(lastQuery(requests, '/api/v1/partners').get('page')).toBe('0');

    await user.click(screen.getByRole('checkbox', { name: 'TandempartnerIn' }));
    await user.click(screen.getByRole('checkbox', { name: 'Landgemeinde' }));
    await user.type(screen.getByRole('searchbox', { name: 'Suche' }), 'Musikfestivals');
    await user.click(screen.getByRole('button', { name: 'Suchen' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Sortierung' }), 'town');

    await waitFor(() => expect(lastQuery(requests, '/api/v1/partners').get('sort')).toBe('town'));
    const params = new URLSearchParams(router.state.location.search);
    expect(params.getAll('state')).toEqual(['ST']);
    expect(params.getAll('programmeRole')).toEqual(['TANDEM']);
    expect(params.getAll('settlementType')).toEqual(['RURAL_MUNICIPALITY']);
    expect(params.get('q')).toBe('Musikfestivals');
    expect(params.get('sort')).toBe('town');
    const query = lastQuery(requests, '/api/v1/partners');
    expect(query.getAll('programmeRole')).toEqual(['TANDEM']);
    expect(query.get('q')).toBe('Musikfestivals');

    await user.click(screen.getByRole('button', { name: 'Alle Filter zurücksetzen' }));
    expect(router.state.location.search).toBe('?sort=town');
  });

  it('offers only the public programme roles as filters', async () => {
    stubDirectory();
    renderApp({ route: '/partners' });

    const roles = screen.getByRole('group', { name: 'Rolle im Programm' });
    expect(
      within(roles)
        .getAllByRole('checkbox')
        .map((box) => box.getAttribute('value')),
    ).toEqual(['BEST_PRACTICE', 'TANDEM']);
    expect(within(screen.getByRole('group', { name: 'Teilmarkt' })).getAllByRole('checkbox')).toHaveLength(12);
    expect(screen.getByRole('checkbox', { name: 'Markt für darstellende Künste' })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Software-/Games-Industrie' })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'größere Kleinstadt' })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Einrichtung der Kinder- und Jugendbildung' })).toBeInTheDocument();
    await screen.findByRole('heading', { name: 'Haldern Pop' });
  });

  it('announces the number of results politely', async () => {
    const user = userEvent.setup();
    stubApi({
      '/api/v1/partners': (request) =>
        new URL(request.url).searchParams.get('state') === 'ST'
          ? { body: partnerPage({ items: [partners[0]!], totalItems: 1 }) }
          : { body: partnerPage() },
    });
    renderApp({ route: '/partners' });

    const count = await screen.findByText('3 Partner gefunden');
    expect(count).toHaveAttribute('aria-live', 'polite');

    await user.click(screen.getByRole('checkbox', { name: 'Sachsen-Anhalt' }));

    expect(await screen.findByText('1 Partner gefunden')).toBe(count);
    expect(screen.queryByRole('heading', { name: 'Haldern Pop' })).not.toBeInTheDocument();
  });

  it('says so when nothing matches', async () => {
    stubApi({ '/api/v1/partners': () => ({ body: partnerPage({ items: [], totalItems: 0, totalPages: 0 }) }) });
    renderApp({ route: '/partners?q=Unterwasserballett' });

    expect(await screen.findByText('Keine Partner passen zu diesen Filtern.')).toBeVisible();
    expect(screen.getByText('0 Partner gefunden')).toBeInTheDocument();
  });

  it('links each partner card to its profile', async () => {
    stubDirectory();
    renderApp({ route: '/partners' });

    const link = await screen.findByRole('link', { name: 'Künstlerkolonie Fichtelgebirge e.V.' });
    expect(link).toHaveAttribute('href', `/partners/${partners[1]!.id}`);
  });

  it('switches between list and map, keeps the view in the address and maps the filtered partners', async () => {
    const user = userEvent.setup();
    const { requests } = stubDirectory();
    const { router } = renderApp({ route: '/partners?state=BY' });
    await screen.findByRole('heading', { name: 'Haldern Pop' });

    const view = screen.getByRole('group', { name: 'Ansicht' });
    expect(within(view).getByRole('button', { name: 'Liste' })).toHaveAttribute('aria-pressed', 'true');
    expect(within(view).getByRole('button', { name: 'Karte' })).toHaveAttribute('aria-pressed', 'false');

    await user.click(within(view).getByRole('button', { name: 'Karte' }));

    const markers = await screen.findAllByTestId('marker');
    expect(markers).toHaveLength(3);
    expect(markers[0]).toHaveAttribute('title', 'Künstlerstadt Kalbe e.V.');
    expect(within(markers[0]!).getByRole('link', { name: 'Zum Profil von Künstlerstadt Kalbe e.V.' })).toHaveAttribute(
      'href',
      `/partners/${partners[0]!.id}`,
    );
    expect(within(markers[0]!).getByText('Kalbe (Milde), Sachsen-Anhalt')).toBeInTheDocument();
    expect(screen.getByText('3 Partner auf der Karte')).toBeVisible();
    expect(within(view).getByRole('button', { name: 'Karte' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.queryByRole('region', { name: 'Partnerliste' })).not.toBeInTheDocument();
    expect(new URLSearchParams(router.state.location.search).get('view')).toBe('map');
    expect(lastQuery(requests, '/api/v1/partners/map').getAll('state')).toEqual(['BY']);
    expect(screen.getByText('3 Partner gefunden')).toBeInTheDocument();

    await user.click(within(view).getByRole('button', { name: 'Liste' }));

    expect(await screen.findByRole('region', { name: 'Partnerliste' })).toBeVisible();
    expect(screen.queryByTestId('leaflet-map')).not.toBeInTheDocument();
    expect(router.state.location.search).toBe('?state=BY');
  });

  it('opens the map view from a link', async () => {
    stubDirectory();
    renderApp({ route: '/partners?view=map' });

    expect(await screen.findAllByTestId('marker')).toHaveLength(3);
  });

  it('shows filters and enum labels in English', async () => {
    await i18n.changeLanguage('en');
    stubDirectory();
    renderApp({ route: '/partners' });

    expect(screen.getByRole('heading', { level: 1, name: 'Partner directory' })).toBeVisible();
    expect(screen.getByRole('checkbox', { name: 'Saxony-Anhalt' })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Performing arts market' })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Rural municipality' })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Sociocultural centre' })).toBeInTheDocument();
    expect(await screen.findByText('3 partners found')).toBeInTheDocument();
  });
});
