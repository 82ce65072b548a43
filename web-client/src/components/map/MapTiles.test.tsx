import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import '@/lib/i18n';
import { TileFailureMessage, useTileStatus } from './MapTiles';

/** The hook and the message as a map page uses them; Leaflet's tile events are called as Leaflet would. */
function Harness({ onReady }: { onReady: (handlers: ReturnType<typeof useTileStatus>['handlers']) => void }) {
  const tiles = useTileStatus();
  onReady(tiles.handlers);
  return <TileFailureMessage status={tiles.status} />;
}

function renderHarness() {
  let handlers!: ReturnType<typeof useTileStatus>['handlers'];
  render(<Harness onReady={(current) => (handlers = current)} />);
  return () => handlers;
}

describe('map tiles', () => {
  it('says the tiles failed when none could be loaded, instead of leaving the map grey', () => {
    const handlers = renderHarness();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();

    act(() => handlers().tileerror());

    expect(screen.getByRole('alert')).toHaveTextContent('Die Kartenkacheln konnten nicht geladen werden');
  });

  it('stays quiet when tiles arrive, even if a single one fails afterwards', () => {
    const handlers = renderHarness();
    act(() => handlers().tileload());
    act(() => handlers().tileerror());
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('takes the message back once a tile arrives after all', () => {
    const handlers = renderHarness();
    act(() => handlers().tileerror());
    act(() => handlers().tileload());
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
