import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { endpointQuery, useApiQuery } from '@/lib/api/query';
import type { components } from '@/lib/api/schema';

export type OrganisationAssessments = components['schemas']['OrganisationAssessments'];
export type Candidacy = components['schemas']['Candidacy'];

/** Every selection round the organisation was a candidate in, with every decision and its reason (staff only). */
export async function getSelectionHistory(api: ApiClient, organisationId: string): Promise<OrganisationAssessments> {
  return unwrap(await api.GET('/api/v1/organisations/{organisationId}/assessments', { params: { path: { organisationId } } }));
}

export function selectionHistoryKey(organisationId: string) {
  return ['selection-history', organisationId] as const;
}

export const getSelectionHistoryQueryOptions = endpointQuery(selectionHistoryKey, getSelectionHistory);

export function useSelectionHistory(organisationId: string, enabled: boolean) {
  return useApiQuery((api) => getSelectionHistoryQueryOptions(api, organisationId), { enabled });
}
