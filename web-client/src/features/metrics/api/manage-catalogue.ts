import type { ApiClient } from '@/lib/api/client';
import { versionEtag } from '@/lib/api/etag';
import { unwrap } from '@/lib/api/problem';
import { useApiMutation } from '@/lib/api/query';
import type { components } from '@/lib/api/schema';
import { INDICATORS_KEY, type Indicator } from './get-indicators';

export type IndicatorUpdate = components['schemas']['IndicatorUpdateInput'];
export type NewMetricScope = components['schemas']['MetricScopeInput'];

/** Saves an indicator with If-Match of the version shown (412 when somebody saved in between). */
export async function updateIndicator(api: ApiClient, { indicator, update }: { indicator: Indicator; update: IndicatorUpdate }) {
  return unwrap(
    await api.PUT('/api/v1/indicators/{key}', {
      params: { path: { key: indicator.key }, header: { 'If-Match': versionEtag(indicator.version) } },
      body: update,
    }),
  );
}

export function useUpdateIndicator() {
  return useApiMutation(updateIndicator, { invalidates: () => [INDICATORS_KEY, ['outreach-report']] });
}

/** The latest version of an indicator, for the form after a 412. */
export async function getIndicator(api: ApiClient, key: string): Promise<Indicator> {
  return unwrap(await api.GET('/api/v1/indicators/{key}', { params: { path: { key } } }));
}

export async function createMetricScope(api: ApiClient, scope: NewMetricScope) {
  return unwrap(await api.POST('/api/v1/metric-scopes', { body: scope }));
}

export function useCreateMetricScope() {
  return useApiMutation(createMetricScope, { invalidates: () => [['metric-scopes']] });
}
