import { keepPreviousData } from '@tanstack/react-query';
import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { endpointQuery, useApiQuery } from '@/lib/api/query';
import type { components } from '@/lib/api/schema';

export type RoundPage = components['schemas']['PageRoundSummary'];
export type RoundSummary = components['schemas']['RoundSummary'];
export type RoundStatus = components['schemas']['RoundStatus'];
export type RoundsParams = { page: number; size: number };

export async function getRounds(api: ApiClient, { page, size }: RoundsParams): Promise<RoundPage> {
  return unwrap(
    await api.GET('/api/v1/selection-rounds', { params: { query: { page, size } }, headers: { Accept: 'application/json' } }),
  );
}

export const getRoundsQueryOptions = endpointQuery((params: RoundsParams) => ['selection-rounds', 'list', params], getRounds);

export function useRounds(params: RoundsParams) {
  return useApiQuery((api) => getRoundsQueryOptions(api, params), { placeholderData: keepPreviousData });
}
