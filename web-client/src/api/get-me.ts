import { queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/lib/api/api-context';
import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { components } from '@/lib/api/schema';

export type Me = components['schemas']['Me'];

/** The signed-in user with its organisation: the header, the account page and a new concept's organisationId share this cache key. */
export async function getMe(api: ApiClient): Promise<Me> {
  return unwrap(await api.GET('/api/v1/me'));
}

export function getMeQueryOptions(api: ApiClient) {
  return queryOptions({ queryKey: ['me'], queryFn: () => getMe(api) });
}

export function useMe({ enabled }: { enabled: boolean }) {
  const api = useApiClient();
  return useQuery({ ...getMeQueryOptions(api), enabled });
}
