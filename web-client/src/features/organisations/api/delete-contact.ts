import type { ApiClient } from '@/lib/api/client';
import { versionEtag } from '@/lib/api/etag';
import { ensureOk } from '@/lib/api/problem';
import { useApiMutation } from '@/lib/api/query';
import { contactsQueryKey } from './get-contacts';

/** Deletes the contact in the version shown (412 when somebody changed it since). */
export async function deleteContact(
  api: ApiClient,
  organisationId: string,
  contact: { id: string; version: number },
): Promise<void> {
  ensureOk(
    await api.DELETE('/api/v1/organisations/{organisationId}/contacts/{contactId}', {
      params: { path: { organisationId, contactId: contact.id }, header: { 'If-Match': versionEtag(contact.version) } },
    }),
  );
}

export function useDeleteContact(organisationId: string) {
  return useApiMutation((api, contact: { id: string; version: number }) => deleteContact(api, organisationId, contact), {
    invalidates: () => [contactsQueryKey(organisationId)],
  });
}
