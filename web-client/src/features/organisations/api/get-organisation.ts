import { queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/lib/api/api-context';
import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { components } from '@/lib/api/schema';

export type OrganisationDetail = components['schemas']['OrganisationDetail'];
/** An organisation as read, with the ETag to send back in If-Match when saving it. */
export type OrganisationVersion = { organisation: OrganisationDetail; etag: string };

/** The ETag the API derives from the version, for when a proxy hides the header. */
export function etagOf(version: number): string {
  return `"${version}"`;
}

export async function getOrganisation(api: ApiClient, id: string): Promise<OrganisationVersion> {
  const result = await api.GET('/api/v1/organisations/{id}', { params: { path: { id } } });
  const organisation = unwrap(result);
  return { organisation, etag: result.response.headers.get('ETag') ?? etagOf(organisation.version) };
}

export function getOrganisationQueryOptions(api: ApiClient, id: string) {
  return queryOptions({ queryKey: ['organisations', 'detail', id], queryFn: () => getOrganisation(api, id) });
}

export function useOrganisation(id: string, { enabled = true }: { enabled?: boolean } = {}) {
  const api = useApiClient();
  return useQuery({ ...getOrganisationQueryOptions(api, id), enabled });
}
