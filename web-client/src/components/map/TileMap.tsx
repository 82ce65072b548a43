import { icon, type LatLngTuple, type Map as LeafletMap } from 'leaflet';
import markerIconRetinaUrl from 'leaflet/dist/images/marker-icon-2x.png';
import markerIconUrl from 'leaflet/dist/images/marker-icon.png';
import markerShadowUrl from 'leaflet/dist/images/marker-shadow.png';
import 'leaflet/dist/leaflet.css';
import { useEffect, useState, type ReactNode } from 'react';
import { MapContainer, ZoomControl } from 'react-leaflet';
import { MapTiles, TileFailureMessage, useTileStatus } from './MapTiles';

/** Roughly the middle of Germany. */
export const GERMANY_CENTER: LatLngTuple = [51.16, 10.45];

// Leaflet finds its default marker images through a CSS trick that bundling breaks: name them explicitly.
export const markerIcon = icon({
  iconUrl: markerIconUrl,
  iconRetinaUrl: markerIconRetinaUrl,
  shadowUrl: markerShadowUrl,
  iconSize: [25, 41],
  iconAnchor: [12, 41],
  popupAnchor: [1, -34],
  tooltipAnchor: [16, -28],
  shadowSize: [41, 41],
});

type TileMapProps = {
  /** The name of the map region for screen readers. */
  label: string;
  zoomIn: string;
  zoomOut: string;
  center: LatLngTuple;
  zoom: number;
  className: string;
  /** Markers and map helpers. */
  children: ReactNode;
};

/**
 * A map on the configured tile server (config.js; OpenStreetMap by default): no scroll-wheel zoom (the page
 * scrolls), named zoom buttons, the focusable container (keyboard panning) given a region role and a name, and a
 * message above it when the tiles cannot be loaded.
 */
export function TileMap({ label, zoomIn, zoomOut, center, zoom, className, children }: TileMapProps) {
  const [map, setMap] = useState<LeafletMap | null>(null);
  const tiles = useTileStatus();
  useEffect(() => {
    const container = map?.getContainer();
    container?.setAttribute('role', 'region');
    container?.setAttribute('aria-label', label);
  }, [map, label]);
  return (
    <>
      <TileFailureMessage status={tiles.status} />
      <MapContainer
        className={`${className} map-canvas--${tiles.status}`}
        center={center}
        zoom={zoom}
        scrollWheelZoom={false}
        zoomControl={false}
        ref={setMap}
      >
        <ZoomControl zoomInTitle={zoomIn} zoomOutTitle={zoomOut} />
        <MapTiles handlers={tiles.handlers} />
        {children}
      </MapContainer>
    </>
  );
}
