import { icon, type LatLngTuple, type Map as LeafletMap } from 'leaflet';
import markerIconRetinaUrl from 'leaflet/dist/images/marker-icon-2x.png';
import markerIconUrl from 'leaflet/dist/images/marker-icon.png';
import markerShadowUrl from 'leaflet/dist/images/marker-shadow.png';
import 'leaflet/dist/leaflet.css';
import { useEffect, useState, type ReactNode } from 'react';
import { MapContainer, TileLayer, ZoomControl } from 'react-leaflet';

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

type OsmMapProps = {
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
 * An OpenStreetMap map: no scroll-wheel zoom (the page scrolls), named zoom buttons, and the focusable
 * container (keyboard panning) given a region role and a name.
 */
export function OsmMap({ label, zoomIn, zoomOut, center, zoom, className, children }: OsmMapProps) {
  const [map, setMap] = useState<LeafletMap | null>(null);
  useEffect(() => {
    const container = map?.getContainer();
    container?.setAttribute('role', 'region');
    container?.setAttribute('aria-label', label);
  }, [map, label]);
  return (
    <MapContainer className={className} center={center} zoom={zoom} scrollWheelZoom={false} zoomControl={false} ref={setMap}>
      <ZoomControl zoomInTitle={zoomIn} zoomOutTitle={zoomOut} />
      <TileLayer
        url="https://tile.openstreetmap.org/{z}/{x}/{y}.png"
        attribution='&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>'
      />
      {children}
    </MapContainer>
  );
}
