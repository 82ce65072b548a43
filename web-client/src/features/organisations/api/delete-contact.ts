import type { ApiClient } from '@/lib/api/client';
import { ensureOk } from '@/lib/api/problem';
import { useApiMutation } from '@/lib/api/query';
import { contactsQueryKey } from './get-contacts';

export async function deleteContact(api: ApiClient, organisationId: string, contactId: string): Promise<void> {
  ensureOk(
    await api.DELETE('/api/v1/organisations/{organisationId}/contacts/{contactId}', {
      params: { path: { organisationId, contactId } },
    }),
  );
}

export function useDeleteContact(organisationId: string) {
  return useApiMutation((api, contactId: string) => deleteContact(api, organisationId, contactId), {
    invalidates: () => [contactsQueryKey(organisationId)],
  });
}
