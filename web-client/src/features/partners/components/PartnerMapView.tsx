import type { LatLngTuple } from 'leaflet';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Marker, Popup } from 'react-leaflet';
import MarkerClusterGroup from 'react-leaflet-cluster';
import 'react-leaflet-cluster/dist/assets/MarkerCluster.css';
import 'react-leaflet-cluster/dist/assets/MarkerCluster.Default.css';
import { Link } from 'react-router';
import { ErrorMessage } from '@/components/ErrorMessage';
import { Loading } from '@/components/Loading';
import { FitToMarkers } from '@/components/map/FitToMarkers';
import { useClusterIcon } from '@/components/map/MapTiles';
import { GERMANY_CENTER, markerIcon, TileMap } from '@/components/map/TileMap';
import type { DirectoryFilters } from '@/lib/directory-filters';
import { useStateName } from '@/lib/use-state-name';
import { usePartnerMap } from '../api/get-partner-map';

/**
 * The filtered partners as markers on a map (tiles from config.js, OpenStreetMap by default); close markers cluster. A supplement to the list, which stays the
 * complete representation: the markers are keyboard-focusable and named, their popups link to the profiles.
 */
export function PartnerMapView({ filters }: { filters: DirectoryFilters }) {
  const { t } = useTranslation('partners');
  const stateName = useStateName();
  const partnerMap = usePartnerMap(filters, { enabled: true });
  const clusterIcon = useClusterIcon(useCallback((count: number) => t('directory.mapCluster', { count }), [t]));

  if (partnerMap.isPending) return <Loading label={t('directory.mapLoading')} />;
  if (partnerMap.isError) return <ErrorMessage error={partnerMap.error} />;

  const features = partnerMap.data.features.filter((feature) => feature.geometry.coordinates.length === 2);
  const positions = features.map(({ geometry }): LatLngTuple => [geometry.coordinates[1]!, geometry.coordinates[0]!]);

  return (
    <div className="partner-map" aria-busy={partnerMap.isFetching}>
      <p className="partner-map__note">{t('directory.mapNote')}</p>
      <p className="partner-map__count">{t('directory.mapCount', { count: features.length })}</p>
      <TileMap
        className="partner-map__canvas"
        label={t('directory.mapLabel')}
        zoomIn={t('directory.zoomIn')}
        zoomOut={t('directory.zoomOut')}
        center={GERMANY_CENTER}
        zoom={6}
      >
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
      </TileMap>
    </div>
  );
}

export default PartnerMapView;
