import { queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api/api-context';
import type { ApiClient } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import type { components } from '../../../lib/api/schema';
import { TANDEMS_KEY } from './get-tandems';

export type Tandem = components['schemas']['TandemDetail'];
/** A tandem as read, with the ETag to send as If-Match on a workflow step. */
export type TandemVersioned = { tandem: Tandem; etag: string };

/** The ETag the API derives from a version (tandems and milestones alike), for when a proxy hides the header. */
export const versionEtag = (version: number) => `"${version}"`;

export function tandemQueryKey(id: string) {
  return [...TANDEMS_KEY, 'detail', id] as const;
}

export async function getTandem(api: ApiClient, id: string): Promise<TandemVersioned> {
  const result = await api.GET('/api/v1/tandems/{id}', { params: { path: { id } } });
  const tandem = unwrap(result);
  return { tandem, etag: result.response.headers.get('ETag') ?? versionEtag(tandem.version) };
}

export function getTandemQueryOptions(api: ApiClient, id: string) {
  return queryOptions({ queryKey: tandemQueryKey(id), queryFn: () => getTandem(api, id) });
}

export function useTandem(id: string) {
  const api = useApiClient();
  return useQuery(getTandemQueryOptions(api, id));
}
