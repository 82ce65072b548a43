import type { LatLngTuple } from 'leaflet';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Marker, Popup } from 'react-leaflet';
import MarkerClusterGroup from 'react-leaflet-cluster';
import 'react-leaflet-cluster/dist/assets/MarkerCluster.css';
import 'react-leaflet-cluster/dist/assets/MarkerCluster.Default.css';
import type { ReportIndicatorFigures } from '../api/get-outreach-report';
import { FitToMarkers } from '@/components/map/FitToMarkers';
import { useClusterIcon } from '@/components/map/MapTiles';
import { GERMANY_CENTER, markerIcon, TileMap } from '@/components/map/TileMap';

type ReportMapProps = {
  indicator: ReportIndicatorFigures;
  /** The indicator's name in the UI language. */
  name: string;
  /** A figure with its unit, e.g. "1 Standort". */
  valueWithUnit: (value: number) => string;
};

/**
 * The counselling locations that have a position, each with its figure for the chosen indicator, on a map (tiles from
 * config.js); close markers cluster. A supplement to the table by town, which stays the complete representation: the
 * markers are keyboard-focusable and named "<town>: <figure> <unit>", their popups repeat the location's name.
 */
export function ReportMap({ indicator, name, valueWithUnit }: ReportMapProps) {
  const { t } = useTranslation('metrics');
  const clusterIcon = useClusterIcon(useCallback((count: number) => t('map.cluster', { count }), [t]));
  const located = indicator.byScope.filter(
    (scope) => scope.kind === 'COUNSELLING_LOCATION' && scope.latitude != null && scope.longitude != null,
  );
  if (located.length === 0) return <p className="report-map__note">{t('map.empty', { name })}</p>;
  const positions = located.map((scope): LatLngTuple => [scope.latitude!, scope.longitude!]);
  return (
    <div className="report-map">
      <p className="report-map__note">{t('map.note')}</p>
      <TileMap
        className="report-map__canvas"
        label={t('map.label', { name })}
        zoomIn={t('map.zoomIn')}
        zoomOut={t('map.zoomOut')}
        center={GERMANY_CENTER}
        zoom={6}
      >
        <FitToMarkers positions={positions} />
        <MarkerClusterGroup chunkedLoading iconCreateFunction={clusterIcon} maxClusterRadius={40}>
          {located.map((scope, index) => {
            const title = t('map.marker', { town: scope.town ?? scope.name, value: valueWithUnit(scope.value) });
            return (
              <Marker key={scope.scopeId} position={positions[index]!} icon={markerIcon} alt={title} title={title}>
                <Popup>
                  <p className="report-map__popup-title">{scope.name}</p>
                  <p>
                    {name}: {valueWithUnit(scope.value)}
                    {scope.partial ? ` ${t('map.partial')}` : ''}
                  </p>
                </Popup>
              </Marker>
            );
          })}
        </MarkerClusterGroup>
      </TileMap>
    </div>
  );
}

export default ReportMap;
