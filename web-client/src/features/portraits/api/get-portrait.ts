import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { endpointQuery, useApiQuery } from '@/lib/api/query';
import type { components } from '@/lib/api/schema';
import { PORTRAITS_KEY } from './get-portraits';

export type PortraitDetail = components['schemas']['PortraitDetail'];

export async function getPortrait(api: ApiClient, id: string): Promise<PortraitDetail> {
  return unwrap(await api.GET('/api/v1/portraits/{id}', { params: { path: { id } } }));
}

export const getPortraitQueryOptions = endpointQuery((id: string) => [...PORTRAITS_KEY, 'one', id], getPortrait);

export function usePortrait(id: string) {
  return useApiQuery((api) => getPortraitQueryOptions(api, id));
}
