import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { useApiMutation } from '@/lib/api/query';
import { contactsQueryKey, type Contact, type ContactInput } from './get-contacts';

export async function createContact(api: ApiClient, organisationId: string, input: ContactInput): Promise<Contact> {
  return unwrap(
    await api.POST('/api/v1/organisations/{organisationId}/contacts', { params: { path: { organisationId } }, body: input }),
  );
}

export function useCreateContact(organisationId: string) {
  return useApiMutation((api, input: ContactInput) => createContact(api, organisationId, input), {
    invalidates: () => [contactsQueryKey(organisationId)],
  });
}
