import { queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/lib/api/api-context';
import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { components } from '@/lib/api/schema';

export type ExpertiseTopic = components['schemas']['ExpertiseTopic'];

export async function getExpertiseTopics(api: ApiClient): Promise<ExpertiseTopic[]> {
  const data = unwrap(await api.GET('/api/v1/expertise-topics', { headers: { Accept: 'application/json' } }));
  return data;
}

export function getExpertiseTopicsQueryOptions(api: ApiClient) {
  return queryOptions({
    queryKey: ['expertise-topics'],
    queryFn: () => getExpertiseTopics(api),
    // A short, fixed list.
    staleTime: Infinity,
  });
}

export function useExpertiseTopics() {
  const api = useApiClient();
  return useQuery(getExpertiseTopicsQueryOptions(api));
}
