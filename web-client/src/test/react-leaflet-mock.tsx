import type { ReactNode } from 'react';

// Leaflet draws into a real browser; tests replace react-leaflet at the module boundary with these plain elements:
// vi.mock('react-leaflet', () => import('@/test/react-leaflet-mock')).
const map = { fitBounds: () => undefined };

export const MapContainer = ({ children }: { children: ReactNode }) => <div data-testid="leaflet-map">{children}</div>;
export const TileLayer = () => null;
export const ZoomControl = () => null;
export const useMap = () => map;
export const Marker = ({ children, title }: { children: ReactNode; title: string }) => (
  <div className="leaflet-marker-icon" data-testid="marker" title={title}>
    {children}
  </div>
);
export const Popup = ({ children }: { children: ReactNode }) => <div>{children}</div>;
