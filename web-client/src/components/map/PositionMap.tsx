import { Marker } from 'react-leaflet';
import { markerIcon, TileMap } from './TileMap';

type PositionMapProps = { latitude: number; longitude: number; name: string; label: string; zoomIn: string; zoomOut: string };

/** One place on a map, marked and named (a scope's position). Loaded lazily: Leaflet is large. */
export default function PositionMap({ latitude, longitude, name, label, zoomIn, zoomOut }: PositionMapProps) {
  return (
    <div className="partner-map">
      <TileMap
        key={`${latitude},${longitude}`}
        className="partner-map__canvas position-map__canvas"
        label={label}
        zoomIn={zoomIn}
        zoomOut={zoomOut}
        center={[latitude, longitude]}
        zoom={12}
      >
        <Marker position={[latitude, longitude]} icon={markerIcon} alt={name} title={name} />
      </TileMap>
    </div>
  );
}
