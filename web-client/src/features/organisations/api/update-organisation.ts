import type { ApiClient } from '@/lib/api/client';
import { answerEtag } from '@/lib/api/etag';
import { unwrap } from '@/lib/api/problem';
import { useApiMutation } from '@/lib/api/query';
import type { components } from '@/lib/api/schema';
import { organisationQueryKey, type OrganisationVersion } from './get-organisation';

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
  return { organisation, etag: answerEtag(result.response, organisation.version) };
}

export function useUpdateOrganisation() {
  return useApiMutation(updateOrganisation, {
    onSuccess: (queryClient, saved, { id }) => {
      queryClient.setQueryData(organisationQueryKey(id), saved);
      void queryClient.invalidateQueries({ queryKey: ['organisations', 'list'] });
      void queryClient.invalidateQueries({ queryKey: ['partners'] });
      void queryClient.invalidateQueries({ queryKey: ['me'] });
    },
  });
}
