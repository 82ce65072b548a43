import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '@/lib/api/api-context';
import type { ApiClient } from '@/lib/api/client';
import { ApiError } from '@/lib/api/problem';

export async function deleteContact(api: ApiClient, organisationId: string, contactId: string): Promise<void> {
  const { error, response } = await api.DELETE('/api/v1/organisations/{organisationId}/contacts/{contactId}', {
    params: { path: { organisationId, contactId } },
  });
  if (!response.ok) throw ApiError.fromResponse(response, error);
}

export function useDeleteContact(organisationId: string) {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (contactId: string) => deleteContact(api, organisationId, contactId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['contacts', organisationId] }),
  });
}
