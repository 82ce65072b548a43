import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { endpointQuery, useApiQuery } from '@/lib/api/query';
import type { components } from '@/lib/api/schema';

export type PartnerProfile = components['schemas']['PartnerProfile'];

export async function getPartner(api: ApiClient, id: string): Promise<PartnerProfile> {
  return unwrap(await api.GET('/api/v1/partners/{id}', { params: { path: { id } } }));
}

export const getPartnerQueryOptions = endpointQuery((id: string) => ['partners', 'detail', id], getPartner);

export function usePartner(id: string) {
  return useApiQuery((api) => getPartnerQueryOptions(api, id));
}
