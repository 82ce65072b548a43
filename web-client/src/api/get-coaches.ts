import { keepPreviousData } from '@tanstack/react-query';
import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { endpointQuery, useApiQuery } from '@/lib/api/query';
import type { components } from '@/lib/api/schema';

export type CoachPage = components['schemas']['PageCoachProfile'];
export type CoachProfile = components['schemas']['CoachProfile'];
export type GermanState = components['schemas']['GermanState'];
export type CoachesParams = { page: number; size: number; topic?: string; region?: GermanState };

export async function getCoaches(api: ApiClient, { page, size, topic, region }: CoachesParams): Promise<CoachPage> {
  const query = { page, size, topic, region };
  return unwrap(await api.GET('/api/v1/coaches', { params: { query }, headers: { Accept: 'application/json' } }));
}

export const getCoachesQueryOptions = endpointQuery((params: CoachesParams) => ['coaches', 'list', params], getCoaches);

export function useCoaches(params: CoachesParams) {
  return useApiQuery((api) => getCoachesQueryOptions(api, params), { placeholderData: keepPreviousData });
}
