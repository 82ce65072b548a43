import { keepPreviousData } from '@tanstack/react-query';
import type { ApiClient } from '@/lib/api/client';
import { ensureOk, unwrap } from '@/lib/api/problem';
import { endpointQuery, useApiMutation, useApiQuery } from '@/lib/api/query';
import type { components } from '@/lib/api/schema';

export type Membership = components['schemas']['Membership'];
export type MembershipPage = components['schemas']['PageMembership'];
export type MembershipsParams = { organisationId?: string; page: number; size: number };

export const membershipsKey = ['memberships'] as const;

export async function getMemberships(api: ApiClient, { organisationId, page, size }: MembershipsParams): Promise<MembershipPage> {
  const query = { page, size, ...(organisationId ? { organisationId } : {}) };
  return unwrap(
    await api.GET('/api/v1/memberships', { params: { query }, headers: { Accept: 'application/json' } }),
  ) as MembershipPage;
}

export const getMembershipsQueryOptions = endpointQuery(
  (params: MembershipsParams) => [...membershipsKey, params],
  getMemberships,
);

export function useMemberships(params: MembershipsParams) {
  return useApiQuery((api) => getMembershipsQueryOptions(api, params), { placeholderData: keepPreviousData });
}

export async function removeMembership(
  api: ApiClient,
  { organisationId, subject }: { organisationId: string; subject: string },
): Promise<void> {
  ensureOk(
    await api.DELETE('/api/v1/organisations/{organisationId}/memberships/{subject}', {
      params: { path: { organisationId, subject } },
    }),
  );
}

/** Ends a membership; the member list is refetched. */
export function useRemoveMembership() {
  return useApiMutation(removeMembership, { invalidates: () => [membershipsKey] });
}
