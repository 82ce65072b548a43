import { queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api/api-context';
import type { ApiClient } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import type { components } from '../../../lib/api/schema';

export type MetricScope = components['schemas']['MetricScopeDetail'];

/** The scopes the caller may see (staff and advisors; advisors only in their states), at most 100. */
export async function getMetricScopes(api: ApiClient): Promise<MetricScope[]> {
  const page = unwrap(await api.GET('/api/v1/metric-scopes', { params: { query: { size: 100 } } }));
  return page.items;
}

export function getMetricScopesQueryOptions(api: ApiClient) {
  return queryOptions({ queryKey: ['metric-scopes'], queryFn: () => getMetricScopes(api) });
}

export function useMetricScopes({ enabled }: { enabled: boolean }) {
  const api = useApiClient();
  return useQuery({ ...getMetricScopesQueryOptions(api), enabled });
}
