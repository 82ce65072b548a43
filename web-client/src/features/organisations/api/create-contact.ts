import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '@/lib/api/api-context';
import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { Contact, ContactInput } from './get-contacts';

export async function createContact(api: ApiClient, organisationId: string, input: ContactInput): Promise<Contact> {
  return unwrap(
    await api.POST('/api/v1/organisations/{organisationId}/contacts', { params: { path: { organisationId } }, body: input }),
  );
}

export function useCreateContact(organisationId: string) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ContactInput) => createContact(api, organisationId, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['contacts', organisationId] }),
  });
}
