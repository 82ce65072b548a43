import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api/api-context';
import type { ApiClient } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import type { components } from '../../../lib/api/schema';

export type RoundPage = components['schemas']['PageRoundSummary'];
export type RoundSummary = components['schemas']['RoundSummary'];
export type RoundStatus = components['schemas']['RoundStatus'];
export type RoundsParams = { page: number; size: number };

export async function getRounds(api: ApiClient, { page, size }: RoundsParams): Promise<RoundPage> {
  const data = unwrap(
    await api.GET('/api/v1/selection-rounds', { params: { query: { page, size } }, headers: { Accept: 'application/json' } }),
  );
  return data;
}

export function getRoundsQueryOptions(api: ApiClient, params: RoundsParams) {
  return queryOptions({
    queryKey: ['selection-rounds', 'list', params],
    queryFn: () => getRounds(api, params),
  });
}

export function useRounds(params: RoundsParams) {
  const api = useApiClient();
  return useQuery({ ...getRoundsQueryOptions(api, params), placeholderData: keepPreviousData });
}
