import type { ApiClient } from '@/lib/api/client';
import { answerEtag } from '@/lib/api/etag';
import { unwrap } from '@/lib/api/problem';
import { endpointQuery, useApiQuery } from '@/lib/api/query';
import type { components } from '@/lib/api/schema';
import { TANDEMS_KEY } from './get-tandems';

export type Tandem = components['schemas']['TandemDetail'];
/** A tandem as read, with the ETag to send as If-Match on a workflow step. */
export type TandemVersioned = { tandem: Tandem; etag: string };

/** The ETag the API derives from a version (tandems and milestones alike), for when a proxy hides the header. */
export { versionEtag } from '@/lib/api/etag';

export function tandemQueryKey(id: string) {
  return [...TANDEMS_KEY, 'detail', id] as const;
}

export async function getTandem(api: ApiClient, id: string): Promise<TandemVersioned> {
  const result = await api.GET('/api/v1/tandems/{id}', { params: { path: { id } } });
  const tandem = unwrap(result);
  return { tandem, etag: answerEtag(result.response, tandem.version) };
}

export const getTandemQueryOptions = endpointQuery(tandemQueryKey, getTandem);

export function useTandem(id: string) {
  return useApiQuery((api) => getTandemQueryOptions(api, id));
}
