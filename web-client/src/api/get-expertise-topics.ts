import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { endpointQuery, useApiQuery } from '@/lib/api/query';
import type { components } from '@/lib/api/schema';

export type ExpertiseTopic = components['schemas']['ExpertiseTopic'];

export async function getExpertiseTopics(api: ApiClient): Promise<ExpertiseTopic[]> {
  return unwrap(await api.GET('/api/v1/expertise-topics', { headers: { Accept: 'application/json' } }));
}

// A short, fixed list.
export const getExpertiseTopicsQueryOptions = endpointQuery(() => ['expertise-topics'], getExpertiseTopics, {
  staleTime: Infinity,
});

export function useExpertiseTopics() {
  return useApiQuery(getExpertiseTopicsQueryOptions);
}
