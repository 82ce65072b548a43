import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api/api-context';
import type { ApiClient } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import type { components } from '../../../lib/api/schema';

export type TandemPage = components['schemas']['PageTandemSummary'];
export type TandemSummary = components['schemas']['TandemSummary'];
export type TandemStatus = components['schemas']['TandemStatus'];
export type TandemsParams = { page: number; size: number };

/** Everything cached about tandems lives under this key. */
export const TANDEMS_KEY = ['tandems'] as const;

/** The tandems the caller may see: the API filters by role and organisation. */
export async function getTandems(api: ApiClient, { page, size }: TandemsParams): Promise<TandemPage> {
  const data = unwrap(
    await api.GET('/api/v1/tandems', { params: { query: { page, size } }, headers: { Accept: 'application/json' } }),
  );
  return data;
}

export function getTandemsQueryOptions(api: ApiClient, params: TandemsParams) {
  return queryOptions({ queryKey: [...TANDEMS_KEY, 'list', params], queryFn: () => getTandems(api, params) });
}

export function useTandems(params: TandemsParams) {
  const api = useApiClient();
  return useQuery({ ...getTandemsQueryOptions(api, params), placeholderData: keepPreviousData });
}
