import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { endpointQuery, useApiQuery } from '@/lib/api/query';
import type { components } from '@/lib/api/schema';

export type MetricScope = components['schemas']['MetricScopeDetail'];

/** The scopes the caller may see (staff and advisors; advisors only in their states), at most 100. */
export async function getMetricScopes(api: ApiClient): Promise<MetricScope[]> {
  const page = unwrap(await api.GET('/api/v1/metric-scopes', { params: { query: { size: 100 } } }));
  return page.items;
}

export const getMetricScopesQueryOptions = endpointQuery(() => ['metric-scopes'], getMetricScopes);

export function useMetricScopes({ enabled }: { enabled: boolean }) {
  return useApiQuery(getMetricScopesQueryOptions, { enabled });
}
