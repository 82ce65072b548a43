import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { stubApi } from '@/test/fake-api';
import { renderApp, signedInAuth } from '@/test/render-app';

// Leaflet draws into a real browser; here the map is replaced at the module boundary by plain elements.
vi.mock('react-leaflet', () => ({
  MapContainer: ({ children }: { children: ReactNode }) => <div data-testid="leaflet-map">{children}</div>,
  TileLayer: () => null,
  ZoomControl: () => null,
  Marker: ({ title, position }: { title: string; position: [number, number] }) => (
    <div data-testid="marker" title={title} data-position={position.join(',')} />
  ),
}));

const scope = (version: number, position?: { latitude: number; longitude: number }) => ({
  id: '8f3e5a10-4d07-4f6e-9c70-000000000021',
  kind: 'COUNSELLING_LOCATION',
  name: 'Beratungsstelle Pirna',
  town: 'Pirna',
  state: 'SN',
  openedOn: '2020-01-01',
  archived: false,
  version,
  ...position,
});

describe('scopes screen', { timeout: 30_000 }, () => {
  it("saves town and position with If-Match of the version shown and shows the scope's place on a map", async () => {
    const user = userEvent.setup();
    let current = scope(2);
    const { requests } = stubApi({
      '/api/v1/metric-scopes': () => ({ body: { items: [current], page: 0, size: 100, totalItems: 1, totalPages: 1 } }),
      [`/api/v1/metric-scopes/${current.id}`]: () => {
        current = { ...scope(3, { latitude: 51.16358, longitude: 13.47127 }), town: 'Meißen' };
        return { body: current, headers: { ETag: '"3"' } };
      },
    });
    renderApp({ route: '/outreach/manage/scopes', auth: signedInAuth('Ada Admin (Demo)', ['admin']) });

    const table = await screen.findByRole('table', { name: 'Bereiche, nach Land, Art und Name' });
    await user.click(within(table).getByRole('button', { name: 'Bearbeiten: Beratungsstelle Pirna' }));
    const form = screen.getByRole('form', { name: 'Bereich bearbeiten: Beratungsstelle Pirna' });
    expect(screen.getByText(/Für diesen Bereich ist keine Position eingetragen/)).toBeVisible();
    await user.clear(within(form).getByRole('textbox', { name: /^Ort/ }));
    await user.type(within(form).getByRole('textbox', { name: /^Ort/ }), 'Meißen');
    await user.type(within(form).getByRole('textbox', { name: /^Breitengrad/ }), 'Nord');
    await user.type(within(form).getByRole('textbox', { name: /^Längengrad/ }), '13,47127');
    await user.click(within(form).getByRole('button', { name: 'Bereich speichern' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent('Breitengrad: Bitte eine Zahl eingeben.');
    expect(requests.some((request) => request.method === 'PUT')).toBe(false);

    await user.clear(within(form).getByRole('textbox', { name: /^Breitengrad/ }));
    await user.type(within(form).getByRole('textbox', { name: /^Breitengrad/ }), '51,16358');
    await user.click(within(form).getByRole('button', { name: 'Bereich speichern' }));
    expect(await within(form).findByRole('status')).toHaveTextContent('Gespeichert.');
    const put = requests.find((request) => request.method === 'PUT')!;
    expect(put.headers.get('If-Match')).toBe('"2"');
    expect(await put.json()).toEqual({
      name: 'Beratungsstelle Pirna',
      town: 'Meißen',
      latitude: 51.16358,
      longitude: 13.47127,
      archived: false,
    });
    expect(await screen.findByTestId('marker')).toHaveAttribute('data-position', '51.16358,13.47127');
    expect(await within(table).findByRole('row', { name: /Meißen/ })).toHaveTextContent('51,16358, 13,47127');
  });
});
