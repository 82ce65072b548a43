import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { endpointQuery, useApiQuery } from '@/lib/api/query';
import type { components } from '@/lib/api/schema';
import { coachingAssignmentsKey } from './get-coaching-assignments';

export type OrganisationCoaching = components['schemas']['OrganisationCoaching'];
export type TopicHours = components['schemas']['TopicHours'];

export async function getOrganisationCoaching(api: ApiClient, organisationId: string): Promise<OrganisationCoaching> {
  return unwrap(await api.GET('/api/v1/organisations/{id}/coaching', { params: { path: { id: organisationId } } }));
}

// Under the assignments' key: a logged, corrected or deleted session refreshes the hours per topic too.
export const getOrganisationCoachingQueryOptions = endpointQuery(
  (organisationId: string) => [...coachingAssignmentsKey, 'organisation', organisationId],
  getOrganisationCoaching,
);

export function useOrganisationCoaching(organisationId: string) {
  return useApiQuery((api) => getOrganisationCoachingQueryOptions(api, organisationId));
}
