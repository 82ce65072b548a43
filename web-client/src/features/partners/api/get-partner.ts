import { queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/lib/api/api-context';
import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { components } from '@/lib/api/schema';

export type PartnerProfile = components['schemas']['PartnerProfile'];

export async function getPartner(api: ApiClient, id: string): Promise<PartnerProfile> {
  return unwrap(await api.GET('/api/v1/partners/{id}', { params: { path: { id } } }));
}

export function getPartnerQueryOptions(api: ApiClient, id: string) {
  return queryOptions({ queryKey: ['partners', 'detail', id], queryFn: () => getPartner(api, id) });
}

export function usePartner(id: string) {
  const api = useApiClient();
  return useQuery(getPartnerQueryOptions(api, id));
}
