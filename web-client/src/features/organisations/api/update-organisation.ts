import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '@/lib/api/api-context';
import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { components } from '@/lib/api/schema';
import { etagOf, getOrganisationQueryOptions, type OrganisationVersion } from './get-organisation';

export type OrganisationInput = components['schemas']['OrganisationInput'];
export type UpdateOrganisationVariables = { id: string; etag: string; input: OrganisationInput };

/** Saves with If-Match: the API answers 412 when somebody saved since that version was read. */
export async function updateOrganisation(
  api: ApiClient,
  { id, etag, input }: UpdateOrganisationVariables,
): Promise<OrganisationVersion> {
  const result = await api.PUT('/api/v1/organisations/{id}', {
    params: { path: { id }, header: { 'If-Match': etag } },
    body: input,
  });
  const organisation = unwrap(result);
  return { organisation, etag: result.response.headers.get('ETag') ?? etagOf(organisation.version) };
}

export function useUpdateOrganisation() {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: UpdateOrganisationVariables) => updateOrganisation(api, variables),
    onSuccess: (saved, { id }) => {
      queryClient.setQueryData(getOrganisationQueryOptions(api, id).queryKey, saved);
      void queryClient.invalidateQueries({ queryKey: ['organisations', 'list'] });
      void queryClient.invalidateQueries({ queryKey: ['partners'] });
      void queryClient.invalidateQueries({ queryKey: ['me'] });
    },
  });
}
