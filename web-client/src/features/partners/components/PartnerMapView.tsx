import { icon, latLngBounds, type LatLngTuple, type Map as LeafletMap } from 'leaflet';
import markerIconRetinaUrl from 'leaflet/dist/images/marker-icon-2x.png';
import markerIconUrl from 'leaflet/dist/images/marker-icon.png';
import markerShadowUrl from 'leaflet/dist/images/marker-shadow.png';
import 'leaflet/dist/leaflet.css';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MapContainer, Marker, Popup, useMap, ZoomControl } from 'react-leaflet';
import MarkerClusterGroup from 'react-leaflet-cluster';
import 'react-leaflet-cluster/dist/assets/MarkerCluster.css';
import 'react-leaflet-cluster/dist/assets/MarkerCluster.Default.css';
import { Link } from 'react-router';
import { ErrorMessage } from '@/components/ErrorMessage';
import { Loading } from '@/components/Loading';
import { MapTiles, TileFailureMessage, useClusterIcon, useTileStatus } from '@/components/map/MapTiles';
import type { DirectoryFilters } from '@/lib/directory-filters';
import { useStateName } from '@/lib/use-state-name';
import { usePartnerMap } from '../api/get-partner-map';

/** Roughly the middle of Germany; the map zooms to the markers once they are there. */
const GERMANY_CENTER: LatLngTuple = [51.16, 10.45];

// Leaflet finds its default marker images through a CSS trick that bundling breaks: name them explicitly.
const markerIcon = icon({
  iconUrl: markerIconUrl,
  iconRetinaUrl: markerIconRetinaUrl,
  shadowUrl: markerShadowUrl,
  iconSize: [25, 41],
  iconAnchor: [12, 41],
  popupAnchor: [1, -34],
  tooltipAnchor: [16, -28],
  shadowSize: [41, 41],
});

function FitToMarkers({ positions }: { positions: LatLngTuple[] }) {
  const map = useMap();
  // A new array on every render: compare by value, so the map moves only when the markers change.
  const key = JSON.stringify(positions);
  useEffect(() => {
    const current = JSON.parse(key) as LatLngTuple[];
    if (current.length > 0) map.fitBounds(latLngBounds(current), { padding: [40, 40], maxZoom: 9 });
  }, [map, key]);
  return null;
}

/**
 * The filtered partners as markers on a map (tiles from config.js, OpenStreetMap by default); close markers cluster. A supplement to the list, which stays the
 * complete representation: the markers are keyboard-focusable and named, their popups link to the profiles.
 */
export function PartnerMapView({ filters }: { filters: DirectoryFilters }) {
  const { t } = useTranslation('partners');
  const stateName = useStateName();
  const partnerMap = usePartnerMap(filters, { enabled: true });
  const [map, setMap] = useState<LeafletMap | null>(null);
  const mapLabel = t('directory.mapLabel');
  const tiles = useTileStatus();
  const clusterIcon = useClusterIcon(useCallback((count: number) => t('directory.mapCluster', { count }), [t]));

  // The map's container is focusable (keyboard panning): give it a role and a name.
  useEffect(() => {
    const container = map?.getContainer();
    container?.setAttribute('role', 'region');
    container?.setAttribute('aria-label', mapLabel);
  }, [map, mapLabel]);

  if (partnerMap.isPending) return <Loading label={t('directory.mapLoading')} />;
  if (partnerMap.isError) return <ErrorMessage error={partnerMap.error} />;

  const features = partnerMap.data.features.filter((feature) => feature.geometry.coordinates.length === 2);
  const positions = features.map(({ geometry }): LatLngTuple => [geometry.coordinates[1]!, geometry.coordinates[0]!]);

  return (
    <div className="partner-map" aria-busy={partnerMap.isFetching}>
      <p className="partner-map__note">{t('directory.mapNote')}</p>
      <p className="partner-map__count">{t('directory.mapCount', { count: features.length })}</p>
      <TileFailureMessage status={tiles.status} />
      <MapContainer
        className={`partner-map__canvas map-canvas--${tiles.status}`}
        center={GERMANY_CENTER}
        zoom={6}
        scrollWheelZoom={false}
        zoomControl={false}
        ref={setMap}
      >
        <ZoomControl zoomInTitle={t('directory.zoomIn')} zoomOutTitle={t('directory.zoomOut')} />
        <MapTiles handlers={tiles.handlers} />
        <FitToMarkers positions={positions} />
        {/* Neighbouring partners share a numbered cluster until the map is zoomed in far enough to tell them apart. */}
        <MarkerClusterGroup chunkedLoading iconCreateFunction={clusterIcon} maxClusterRadius={40}>
          {features.map((feature, index) => (
            <Marker
              key={feature.id}
              position={positions[index]!}
              icon={markerIcon}
              alt={feature.properties.name}
              title={feature.properties.name}
            >
              <Popup>
                <p className="partner-map__popup-title">{feature.properties.name}</p>
                <p>
                  {feature.properties.town}, {stateName(feature.properties.state)}
                </p>
                <p>
                  <Link to={`/partners/${feature.id}`}>{t('directory.toProfile', { name: feature.properties.name })}</Link>
                </p>
              </Popup>
            </Marker>
          ))}
        </MarkerClusterGroup>
      </MapContainer>
    </div>
  );
}

export default PartnerMapView;
