import type { ApiClient } from '@/lib/api/client';
import { answerEtag, versionEtag } from '@/lib/api/etag';
import { unwrap } from '@/lib/api/problem';
import { endpointQuery, useApiQuery } from '@/lib/api/query';
import type { components } from '@/lib/api/schema';

export type OrganisationDetail = components['schemas']['OrganisationDetail'];
/** An organisation as read, with the ETag to send back in If-Match when saving it. */
export type OrganisationVersion = { organisation: OrganisationDetail; etag: string };

/** The ETag the API derives from the version, for when a proxy hides the header. */
export const etagOf: (version: number) => string = versionEtag;

export async function getOrganisation(api: ApiClient, id: string): Promise<OrganisationVersion> {
  const result = await api.GET('/api/v1/organisations/{id}', { params: { path: { id } } });
  const organisation = unwrap(result);
  return { organisation, etag: answerEtag(result.response, organisation.version) };
}

export function organisationQueryKey(id: string) {
  return ['organisations', 'detail', id] as const;
}

export const getOrganisationQueryOptions = endpointQuery(organisationQueryKey, getOrganisation);

export function useOrganisation(id: string, { enabled = true }: { enabled?: boolean } = {}) {
  return useApiQuery((api) => getOrganisationQueryOptions(api, id), { enabled });
}
