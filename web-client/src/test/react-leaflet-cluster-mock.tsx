import type { ReactNode } from 'react';

// For tests: vi.mock('react-leaflet-cluster', () => import('@/test/react-leaflet-cluster-mock')); markers are not clustered.
export default function MarkerClusterGroup({ children }: { children: ReactNode }) {
  return <div data-testid="marker-cluster">{children}</div>;
}
