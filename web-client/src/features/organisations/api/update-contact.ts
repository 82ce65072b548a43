import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '@/lib/api/api-context';
import type { ApiClient } from '@/lib/api/client';
import { ApiError, unwrap } from '@/lib/api/problem';
import type { Contact, ContactInput } from './get-contacts';

export type UpdateContactVariables = { contact: Contact; input: ContactInput };

/** Saves with If-Match naming the version that was read (the API's ETag is the quoted version). */
export async function updateContact(
  api: ApiClient,
  organisationId: string,
  { contact, input }: UpdateContactVariables,
): Promise<Contact> {
  return unwrap(
    await api.PUT('/api/v1/organisations/{organisationId}/contacts/{contactId}', {
      params: { path: { organisationId, contactId: contact.id }, header: { 'If-Match': `"${contact.version}"` } },
      body: input,
    }),
  );
}

export function useUpdateContact(organisationId: string) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: UpdateContactVariables) => updateContact(api, organisationId, variables),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['contacts', organisationId] }),
    onError: (error) => {
      // Somebody changed the contact in between: show the current list.
      if (error instanceof ApiError && error.status === 412) {
        void queryClient.invalidateQueries({ queryKey: ['contacts', organisationId] });
      }
    },
  });
}
