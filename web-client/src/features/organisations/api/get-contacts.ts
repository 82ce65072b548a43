import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { endpointQuery, useApiQuery } from '@/lib/api/query';
import type { components } from '@/lib/api/schema';

export type Contact = components['schemas']['Contact'];
export type ContactInput = components['schemas']['ContactInput'];

export async function getContacts(api: ApiClient, organisationId: string): Promise<Contact[]> {
  return unwrap(await api.GET('/api/v1/organisations/{organisationId}/contacts', { params: { path: { organisationId } } }));
}

export function contactsQueryKey(organisationId: string) {
  return ['contacts', organisationId] as const;
}

export const getContactsQueryOptions = endpointQuery(contactsQueryKey, getContacts);

export function useContacts(organisationId: string) {
  return useApiQuery((api) => getContactsQueryOptions(api, organisationId));
}
