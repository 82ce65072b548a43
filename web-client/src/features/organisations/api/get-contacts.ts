import { queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/lib/api/api-context';
import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { components } from '@/lib/api/schema';

export type Contact = components['schemas']['Contact'];
export type ContactInput = components['schemas']['ContactInput'];

export async function getContacts(api: ApiClient, organisationId: string): Promise<Contact[]> {
  return unwrap(await api.GET('/api/v1/organisations/{organisationId}/contacts', { params: { path: { organisationId } } }));
}

export function getContactsQueryOptions(api: ApiClient, organisationId: string) {
  return queryOptions({ queryKey: ['contacts', organisationId], queryFn: () => getContacts(api, organisationId) });
}

export function useContacts(organisationId: string) {
  const api = useApiClient();
  return useQuery(getContactsQueryOptions(api, organisationId));
}
