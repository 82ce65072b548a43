/// <reference types="leaflet.markercluster" />
import { divIcon, point, type MarkerCluster } from 'leaflet';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TileLayer } from 'react-leaflet';
import { tileConfig } from '@/lib/config';

export type TileStatus = 'loading' | 'loaded' | 'failed';

/**
 * Whether the map's tiles arrive: "failed" once tiles failed and none has loaded, so the page can say so instead
 * of showing markers on grey. Pass `handlers` to <MapTiles>.
 */
export function useTileStatus() {
  const [status, setStatus] = useState<TileStatus>('loading');
  const loaded = useRef(0);
  const onLoad = useCallback(() => {
    loaded.current += 1;
    setStatus('loaded');
  }, []);
  const onError = useCallback(() => {
    if (loaded.current === 0) setStatus('failed');
  }, []);
  return { status, handlers: useMemo(() => ({ tileload: onLoad, tileerror: onError }), [onLoad, onError]) };
}

/** The tile layer from the runtime configuration (config.js: tileUrl, tileAttribution). */
export function MapTiles({ handlers }: { handlers: ReturnType<typeof useTileStatus>['handlers'] }) {
  const tiles = tileConfig();
  return <TileLayer url={tiles.tileUrl} attribution={tiles.tileAttribution} eventHandlers={handlers} />;
}

/** Said above the map when its tiles cannot be loaded: the markers still work, the list stays complete. */
export function TileFailureMessage({ status }: { status: TileStatus }) {
  const { t } = useTranslation();
  if (status !== 'failed') return null;
  return (
    <div className="message message--error map-tiles-failed" role="alert">
      <p className="message__title">{t('map.tilesFailedTitle')}</p>
      <p>{t('map.tilesFailed')}</p>
    </div>
  );
}

/** A cluster of close markers as a named, keyboard-reachable button: "3 places here, zoom in". */
export function useClusterIcon(label: (count: number) => string) {
  return useCallback(
    (cluster: MarkerCluster) => {
      const count = cluster.getChildCount();
      const size = count < 10 ? 'small' : count < 100 ? 'medium' : 'large';
      const element = document.createElement('div');
      const number = document.createElement('span');
      number.textContent = String(count);
      number.setAttribute('aria-hidden', 'true');
      const name = document.createElement('span');
      name.className = 'visually-hidden';
      name.textContent = label(count);
      element.append(number, name);
      return divIcon({ html: element, className: `marker-cluster marker-cluster-${size}`, iconSize: point(40, 40) });
    },
    [label],
  );
}
