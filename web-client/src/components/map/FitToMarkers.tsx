import { latLngBounds, type LatLngTuple } from 'leaflet';
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';

/** Inside a map: moves and zooms it (at most to maxZoom) so that all positions are in view, whenever they change. */
export function FitToMarkers({ positions, maxZoom = 9 }: { positions: LatLngTuple[]; maxZoom?: number }) {
  const map = useMap();
  // A new array on every render: compare by value, so the map moves only when the markers change.
  const key = JSON.stringify(positions);
  useEffect(() => {
    const current = JSON.parse(key) as LatLngTuple[];
    if (current.length > 0) map.fitBounds(latLngBounds(current), { padding: [40, 40], maxZoom });
  }, [map, key, maxZoom]);
  return null;
}
