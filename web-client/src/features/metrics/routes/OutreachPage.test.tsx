import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import i18n from '@/lib/i18n';
import { stubApi } from '@/test/fake-api';
import { anonymousAuth, renderApp, signedInAuth } from '@/test/render-app';
import { outreachReport, saxonyScope } from '../testing/fixtures';

// Leaflet draws into a real browser; here the map is replaced at the module boundary by plain elements.
vi.mock('react-leaflet', () => import('@/test/react-leaflet-mock'));
vi.mock('react-leaflet-cluster', () => import('@/test/react-leaflet-cluster-mock'));

const CSV = '\uFEFFindicatorKey,nameDe,value\nevents_held,Eigene Veranstaltungen und Netzwerkgespräche,80\n';

function stubReport(report = outreachReport()) {
  return stubApi({
    '/api/v1/outreach-report': (request) =>
      request.headers.get('Accept') === 'text/csv' ? { body: CSV, contentType: 'text/csv;charset=UTF-8' } : { body: report },
    '/api/v1/metric-scopes': () => ({ body: { items: [saxonyScope], page: 0, size: 100, totalItems: 1, totalPages: 1 } }),
  });
}

const reportRequests = (requests: Request[]) =>
  requests.filter((request) => new URL(request.url).pathname === '/api/v1/outreach-report');

describe('outreach dashboard', () => {
  // ECharts is a large module: load it once before the tests, so the first test's time is its own.
  beforeAll(() => import('../components/ReportChart'), 30_000);
  const originalCreateObjectURL = URL.createObjectURL;
  const originalRevokeObjectURL = URL.revokeObjectURL;
  afterEach(() => {
    URL.createObjectURL = originalCreateObjectURL;
    URL.revokeObjectURL = originalRevokeObjectURL;
  });

  it('requests the first 100 days by month and re-requests when the range or interval changes', async () => {
    const user = userEvent.setup();
    const { requests } = stubReport();
    const { router } = renderApp({ route: '/outreach', auth: anonymousAuth() });

    expect(screen.getByRole('heading', { level: 1, name: 'Reichweite' })).toBeVisible();
    await screen.findByRole('heading', { level: 2, name: 'Harte Fakten' });
    const first = new URL(reportRequests(requests)[0]!.url).searchParams;
    expect(first.get('from')).toBe('2017-06-27');
    expect(first.get('to')).toBe('2017-10-04');
    expect(first.get('interval')).toBe('MONTH');
    expect(first.has('scopeId')).toBe(false);
    expect(reportRequests(requests)[0]!.headers.get('Accept')).toBe('application/json');

    fireEvent.change(screen.getByLabelText('Bis'), { target: { value: '2017-08-31' } });
    await waitFor(() => expect(new URL(reportRequests(requests).at(-1)!.url).searchParams.get('to')).toBe('2017-08-31'));
    expect(new URLSearchParams(router.state.location.search).get('to')).toBe('2017-08-31');

    await user.selectOptions(screen.getByLabelText('Zeitreihe nach'), 'WEEK');
    await waitFor(() => expect(new URL(reportRequests(requests).at(-1)!.url).searchParams.get('interval')).toBe('WEEK'));
    expect(new URL(reportRequests(requests).at(-1)!.url).searchParams.get('to')).toBe('2017-08-31');
  });

  it('resets the date fields when the address goes back to the default range', async () => {
    stubReport();
    const { router } = renderApp({ route: '/outreach?from=2017-07-01&to=2017-07-31' });
    await screen.findByRole('heading', { level: 2, name: 'Harte Fakten' });
    expect(screen.getByLabelText('Von')).toHaveValue('2017-07-01');

    await router.navigate('/outreach');

    await waitFor(() => expect(screen.getByLabelText('Von')).toHaveValue('2017-06-27'));
    expect(screen.getByLabelText('Bis')).toHaveValue('2017-10-04');
  });

  it('does not request a range whose end lies before its start, and says why', async () => {
    const { requests } = stubReport();
    renderApp({ route: '/outreach' });
    await screen.findByRole('heading', { level: 2, name: 'Harte Fakten' });
    const before = reportRequests(requests).length;

    fireEvent.change(screen.getByLabelText('Bis'), { target: { value: '2017-01-01' } });

    expect(await screen.findByRole('alert')).toHaveTextContent('„Bis“ darf nicht vor „Von“ liegen.');
    expect(screen.getByLabelText('Bis')).toHaveAttribute('aria-invalid', 'true');
    expect(reportRequests(requests)).toHaveLength(before);
  });

  it('shows each indicator as a card with German-formatted value, change and target attainment', async () => {
    stubReport();
    renderApp({ route: '/outreach' });

    const followers = (await screen.findByRole('heading', { level: 3, name: 'Facebook-Follower' })).closest('li')!;
    expect(followers).toHaveTextContent('1.280 Follower');
    expect(followers).toHaveTextContent('Veränderung: +880');
    expect(followers).toHaveTextContent('Zielerreichung: 128 % (Ziel 1.000)');
    const events = screen.getByRole('heading', { level: 3, name: 'Eigene Veranstaltungen und Netzwerkgespräche' }).closest('li')!;
    expect(events).toHaveTextContent('80 Veranstaltungen');
    expect(events).toHaveTextContent('Zielerreichung: 133,3 % (Ziel 60)');
    expect(events).not.toHaveTextContent('Vorzeitraum');
    expect(events).not.toHaveTextContent('Veränderung');
    expect(screen.getByRole('heading', { level: 3, name: 'Schneeballeffekt' })).toBeVisible();
  });

  it('shows whole numbers, says once that values were counted pro rata, and shows what is not yet locked', async () => {
    const report = outreachReport();
    const reach = {
      ...report.indicators[0]!,
      key: 'actors_reached',
      nameDe: 'Erreichte AkteurInnen',
      nameEn: 'Actors reached',
      unit: 'Personen',
      value: 3271,
      partial: true,
      pendingValue: 66,
      series: [{ from: '2017-07-01', to: '2017-07-31', value: 959, partial: true }],
    };
    const one = { ...report.indicators[1]!, key: 'one', nameDe: 'Eine Person', nameEn: 'One person', unit: 'Personen', value: 1 };
    stubReport(outreachReport({ indicators: [reach, one, ...report.indicators] }));
    renderApp({ route: '/outreach' });

    const card = (await screen.findByRole('heading', { level: 3, name: 'Erreichte AkteurInnen' })).closest('li')!;
    expect(card).toHaveTextContent('3.271 Personen');
    expect(card).toHaveTextContent('Noch nicht abgeschlossen: +66');
    expect(screen.getByRole('heading', { level: 3, name: 'Eine Person' }).closest('li')!).toHaveTextContent('1 Person');
    expect(screen.getAllByText(/anteilig nach Tagen gezählt/)).toHaveLength(1);
  });

  it('speaks English units in English', async () => {
    await i18n.changeLanguage('en');
    stubReport();
    renderApp({ route: '/outreach' });
    const followers = (await screen.findByRole('heading', { level: 3, name: 'Facebook followers' })).closest('li')!;
    expect(followers).toHaveTextContent('1,280 followers');
    expect(screen.getByRole('heading', { level: 3, name: 'Own events and network talks' }).closest('li')!).toHaveTextContent(
      '80 events',
    );
  });

  it('breaks the figures down by what has data: towns first, else areas or states', async () => {
    const report = outreachReport();
    const noTowns = {
      ...report.indicators[0]!,
      byTown: [],
      byScope: [],
      byState: [{ state: 'SN' as const, value: 80, partial: false }],
    };
    stubReport(outreachReport({ indicators: [noTowns] }));
    renderApp({ route: '/outreach' });
    await screen.findByRole('heading', { level: 2, name: 'Verlauf' });
    expect(screen.getByLabelText('Aufschlüsseln nach')).toHaveValue('states');
    expect(
      await screen.findByRole('img', { name: 'Eigene Veranstaltungen und Netzwerkgespräche nach Bundesländern' }),
    ).toBeInTheDocument();
  });

  it('draws the series and the towns as labelled images with a table alternative', async () => {
    const user = userEvent.setup();
    stubReport();
    renderApp({ route: '/outreach' });
    await screen.findByRole('heading', { level: 2, name: 'Verlauf' });

    const series = await screen.findByRole('img', { name: /Eigene Veranstaltungen und Netzwerkgespräche nach Monaten/ });
    // Drawn by ECharts as SVG into a container that the keyboard reaches.
    await waitFor(() => expect(series.querySelector('svg')).not.toBeNull());
    expect(series).toHaveAttribute('tabindex', '0');
    expect(series).toHaveAccessibleDescription(/Pfeiltasten/);
    expect(screen.getByRole('img', { name: 'Eigene Veranstaltungen und Netzwerkgespräche nach Orten' })).toBeInTheDocument();

    const tables = screen.getAllByRole('table', { hidden: true });
    expect(tables).toHaveLength(2);
    const seriesRows = within(tables[0]!).getAllByRole('row', { hidden: true });
    expect(seriesRows.map((row) => [...row.children].map((cell) => cell.textContent))).toEqual([
      ['Zeitraum', 'Wert (Veranstaltungen)'],
      ['27.06.2017 – 30.06.2017', '3'],
      ['01.07.2017 – 31.07.2017', '25'],
    ]);
    expect(within(tables[1]!).getByRole('rowheader', { name: 'Chemnitz', hidden: true })).toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText('Kennzahl'), 'facebook_followers');
    expect(screen.getByRole('img', { name: /Facebook-Follower nach Monaten/ })).toBeInTheDocument();
  });

  it('downloads the report as CSV with Accept: text/csv, the same range and the bearer token', async () => {
    const user = userEvent.setup();
    const createObjectURL = vi.fn((_blob: Blob) => 'blob:outreach');
    URL.createObjectURL = createObjectURL;
    URL.revokeObjectURL = vi.fn();
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
    const { requests } = stubReport();
    renderApp({
      route: '/outreach?from=2017-07-01&to=2017-07-31&interval=WEEK',
      auth: signedInAuth('Anna Advisor', ['advisor']),
    });
    await screen.findByRole('heading', { level: 2, name: 'Harte Fakten' });

    await user.selectOptions(screen.getByLabelText('Dateiformat'), 'CSV für Programme (Komma, Dezimalpunkt)');
    await user.click(screen.getByRole('button', { name: 'Tabelle herunterladen' }));

    expect(await screen.findByText('Die Tabelle mit den Kennzahlen wurde heruntergeladen.')).toBeVisible();
    const csvRequest = requests.find((request) => request.headers.get('Accept') === 'text/csv')!;
    expect(csvRequest.headers.get('Authorization')).toBe('Bearer test-token');
    const query = new URL(csvRequest.url).searchParams;
    expect(query.get('from')).toBe('2017-07-01');
    expect(query.get('to')).toBe('2017-07-31');
    expect(query.get('interval')).toBe('WEEK');
    expect(await createObjectURL.mock.calls[0]![0].text()).toContain('events_held');
    expect(clicked[0]!.download).toBe('reichweite-2017-07-01-bis-2017-07-31.csv');
  });

  it('offers the report as an Excel workbook by default and as CSV for German Excel', async () => {
    const user = userEvent.setup();
    URL.createObjectURL = vi.fn(() => 'blob:outreach');
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const { requests } = stubReport();
    renderApp({ route: '/outreach?from=2017-07-01&to=2017-07-31', auth: signedInAuth('Anna Advisor', ['advisor']) });
    await screen.findByRole('heading', { level: 2, name: 'Harte Fakten' });

    expect(screen.getByLabelText('Dateiformat')).toHaveValue('xlsx');
    await user.click(screen.getByRole('button', { name: 'Tabelle herunterladen' }));
    await screen.findByText('Die Tabelle mit den Kennzahlen wurde heruntergeladen.');
    await user.selectOptions(screen.getByLabelText('Dateiformat'), 'CSV für Excel (Semikolon, Dezimalkomma)');
    await user.click(screen.getByRole('button', { name: 'Tabelle herunterladen' }));

    await waitFor(() =>
      expect(requests.map((request) => request.headers.get('Accept'))).toEqual(
        expect.arrayContaining(['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'text/csv;dialect=de']),
      ),
    );
  });

  it('lets advisors pick a state and scope, and sends the scope with the report request', async () => {
    const user = userEvent.setup();
    const { requests } = stubReport();
    renderApp({ route: '/outreach', auth: signedInAuth('Anna Advisor', ['advisor']) });
    await screen.findByRole('option', { name: 'Kreatives Sachsen' });

    await user.selectOptions(screen.getByLabelText('Bereich'), saxonyScope.id);

    await waitFor(() => expect(new URL(reportRequests(requests).at(-1)!.url).searchParams.get('scopeId')).toBe(saxonyScope.id));
    expect(screen.getByRole('option', { name: 'Sachsen' })).toBeInTheDocument();
  });

  it('offers no scope picker to anonymous visitors and says the figures are the published ones', async () => {
    const { requests } = stubReport(outreachReport({ publishedOnly: true }));
    renderApp({ route: '/outreach' });
    expect(await screen.findByText(/Sie sehen die veröffentlichten Kennzahlen/)).toBeVisible();
    expect(screen.queryByLabelText('Bereich')).not.toBeInTheDocument();
    expect(requests.some((request) => new URL(request.url).pathname === '/api/v1/metric-scopes')).toBe(false);
    expect(screen.getByRole('button', { name: 'Drucken' })).toBeVisible();
  });

  it('maps the counselling locations that have a position with their figure for the chosen indicator', async () => {
    const user = userEvent.setup();
    const report = outreachReport();
    const location = (town: string, value: number, position?: [number, number]) => ({
      scopeId: `8f3e5a10-4d07-4f6e-9c70-0000000000${town.length}${value}`,
      name: `Beratungsstelle ${town}`,
      kind: 'COUNSELLING_LOCATION' as const,
      town,
      state: 'SN' as const,
      value,
      partial: false,
      ...(position ? { latitude: position[0], longitude: position[1] } : {}),
    });
    const events = {
      ...report.indicators[0]!,
      byScope: [
        { ...location('Sachsen', 67), name: 'Kreatives Sachsen', kind: 'PROGRAMME' as const, town: undefined },
        location('Bautzen', 2),
        location('Chemnitz', 7, [50.8322, 12.9252]),
        location('Dresden', 1, [51.0504, 13.7373]),
      ],
    };
    stubReport(outreachReport({ indicators: [events, report.indicators[1]!] }));
    renderApp({ route: '/outreach' });

    const section = (await screen.findByRole('heading', { level: 3, name: 'Beratungsstellen auf der Karte' })).closest(
      'section',
    )!;
    const markers = await within(section).findAllByTestId('marker');
    expect(markers.map((marker) => marker.getAttribute('title'))).toEqual([
      'Chemnitz: 7 Veranstaltungen',
      'Dresden: 1 Veranstaltung',
    ]);
    expect(markers[0]).toHaveTextContent('Beratungsstelle Chemnitz');
    expect(markers[0]).toHaveTextContent('Eigene Veranstaltungen und Netzwerkgespräche: 7 Veranstaltungen');
    // The table by town stays the complete representation.
    expect(screen.getByRole('img', { name: 'Eigene Veranstaltungen und Netzwerkgespräche nach Orten' })).toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText('Kennzahl'), 'facebook_followers');
    expect(await within(section).findByText(/keine Werte von Beratungsstellen mit Standort/)).toBeVisible();
    expect(within(section).queryAllByTestId('marker')).toHaveLength(0);
  });
});
