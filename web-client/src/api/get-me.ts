import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { endpointQuery, useApiQuery } from '@/lib/api/query';
import type { components } from '@/lib/api/schema';

export type Me = components['schemas']['Me'];

/** The signed-in user with its organisation: the header, the account page and a new concept's organisationId share this cache key. */
export async function getMe(api: ApiClient): Promise<Me> {
  return unwrap(await api.GET('/api/v1/me'));
}

export const getMeQueryOptions = endpointQuery(() => ['me'], getMe);

export function useMe({ enabled }: { enabled: boolean }) {
  return useApiQuery(getMeQueryOptions, { enabled });
}
