import { keepPreviousData } from '@tanstack/react-query';
import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { endpointQuery, useApiQuery } from '@/lib/api/query';
import type { components } from '@/lib/api/schema';

export type TandemPage = components['schemas']['PageTandemSummary'];
export type TandemSummary = components['schemas']['TandemSummary'];
export type TandemStatus = components['schemas']['TandemStatus'];
export type TandemsParams = { page: number; size: number };

/** Everything cached about tandems lives under this key. */
export const TANDEMS_KEY = ['tandems'] as const;

/** The tandems the caller may see: the API filters by role and organisation. */
export async function getTandems(api: ApiClient, { page, size }: TandemsParams): Promise<TandemPage> {
  return unwrap(await api.GET('/api/v1/tandems', { params: { query: { page, size } }, headers: { Accept: 'application/json' } }));
}

export const getTandemsQueryOptions = endpointQuery((params: TandemsParams) => [...TANDEMS_KEY, 'list', params], getTandems);

export function useTandems(params: TandemsParams) {
  return useApiQuery((api) => getTandemsQueryOptions(api, params), { placeholderData: keepPreviousData });
}
