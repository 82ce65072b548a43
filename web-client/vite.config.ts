import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Dev server on 5173 (Keycloak's dev redirect), preview of dist on 5174 (e2e default).
export default defineConfig({
  plugins: [react()],
  // `@/` is src/ (also in tsconfig.app.json "paths"; Vitest inherits it through vitest.config.ts).
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  server: { port: 5173, strictPort: true },
  preview: { port: 5174, strictPort: true },
  build: {
    rolldownOptions: {
      output: {
        // Libraries change less often than the app: separate chunks cache better.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/ },
            // Only the directory's map view needs Leaflet: its own chunk, loaded with that view.
            {
              name: 'leaflet',
              test: /node_modules[\\/](leaflet|leaflet\.markercluster|react-leaflet|react-leaflet-cluster|@react-leaflet)[\\/]/,
            },
            // Only the outreach report draws charts: ECharts and its renderer in their own chunk, loaded with them.
            { name: 'echarts', test: /node_modules[\\/](echarts|zrender|echarts-for-react|size-sensor|tslib)[\\/]/ },
            { name: 'vendor', test: /node_modules[\\/]/ },
          ],
        },
      },
    },
  },
});
