import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api/api-context';
import type { ApiClient } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import type { components } from '../../../lib/api/schema';

export type CoachPage = components['schemas']['PageCoachProfile'];
export type CoachProfile = components['schemas']['CoachProfile'];
export type GermanState = components['schemas']['GermanState'];
export type CoachesParams = { page: number; size: number; topic?: string; region?: GermanState };

export async function getCoaches(api: ApiClient, { page, size, topic, region }: CoachesParams): Promise<CoachPage> {
  const data = unwrap(
    await api.GET('/api/v1/coaches', {
      params: { query: { page, size, topic, region } },
      headers: { Accept: 'application/json' },
    }),
  );
  return data;
}

export function getCoachesQueryOptions(api: ApiClient, params: CoachesParams) {
  return queryOptions({
    queryKey: ['coaches', 'list', params],
    queryFn: () => getCoaches(api, params),
  });
}

export function useCoaches(params: CoachesParams) {
  const api = useApiClient();
  return useQuery({ ...getCoachesQueryOptions(api, params), placeholderData: keepPreviousData });
}
