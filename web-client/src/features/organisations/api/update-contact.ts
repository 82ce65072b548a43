import type { ApiClient } from '@/lib/api/client';
import { versionEtag } from '@/lib/api/etag';
import { ApiError, unwrap } from '@/lib/api/problem';
import { useApiMutation } from '@/lib/api/query';
import { contactsQueryKey, type Contact, type ContactInput } from './get-contacts';

export type UpdateContactVariables = { contact: Contact; input: ContactInput };

/** Saves with If-Match naming the version that was read (the API's ETag is the quoted version). */
export async function updateContact(
  api: ApiClient,
  organisationId: string,
  { contact, input }: UpdateContactVariables,
): Promise<Contact> {
  return unwrap(
    await api.PUT('/api/v1/organisations/{organisationId}/contacts/{contactId}', {
      params: { path: { organisationId, contactId: contact.id }, header: { 'If-Match': versionEtag(contact.version) } },
      body: input,
    }),
  );
}

export function useUpdateContact(organisationId: string) {
  return useApiMutation((api, variables: UpdateContactVariables) => updateContact(api, organisationId, variables), {
    invalidates: () => [contactsQueryKey(organisationId)],
    onError: (queryClient, error) => {
      // Somebody changed the contact in between: show the current list.
      if (error instanceof ApiError && error.status === 412) {
        void queryClient.invalidateQueries({ queryKey: contactsQueryKey(organisationId) });
      }
    },
  });
}
