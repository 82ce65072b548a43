import { keepPreviousData } from '@tanstack/react-query';
import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { endpointQuery, useApiMutation, useApiQuery } from '@/lib/api/query';
import type { components } from '@/lib/api/schema';
import { coachingAssignmentsKey, type CoachingAssignment, type CoachingAssignmentPage } from './get-coaching-assignments';

export type CoachingAssignmentInput = components['schemas']['CoachingAssignmentInput'];
export type AssignmentVersion = { assignment: CoachingAssignment; etag: string };
export type AssignmentFilter = { coachId?: string; organisationId?: string; page: number; size: number };

function versioned(result: { data?: CoachingAssignment; error?: unknown; response: Response }): AssignmentVersion {
  const assignment = unwrap(result);
  return { assignment, etag: result.response.headers.get('ETag') ?? '"0"' };
}

export async function getAssignmentsFiltered(
  api: ApiClient,
  { coachId, organisationId, page, size }: AssignmentFilter,
): Promise<CoachingAssignmentPage> {
  const query = { page, size, ...(coachId ? { coachId } : {}), ...(organisationId ? { organisationId } : {}) };
  return unwrap(await api.GET('/api/v1/coaching-assignments', { params: { query }, headers: { Accept: 'application/json' } }));
}

export const getAssignmentsFilteredQueryOptions = endpointQuery(
  (params: AssignmentFilter) => [...coachingAssignmentsKey, 'list', 'filtered', params],
  getAssignmentsFiltered,
);

export function useAssignmentsFiltered(params: AssignmentFilter) {
  return useApiQuery((api) => getAssignmentsFilteredQueryOptions(api, params), { placeholderData: keepPreviousData });
}

export async function getAssignmentVersion(api: ApiClient, id: string): Promise<AssignmentVersion> {
  return versioned(await api.GET('/api/v1/coaching-assignments/{id}', { params: { path: { id } } }));
}

export const getAssignmentVersionQueryOptions = endpointQuery(
  (id: string) => [...coachingAssignmentsKey, 'version', id],
  getAssignmentVersion,
  { staleTime: 0 },
);

export function useAssignmentVersion(id: string) {
  return useApiQuery((api) => getAssignmentVersionQueryOptions(api, id));
}

export async function createAssignment(api: ApiClient, input: CoachingAssignmentInput): Promise<AssignmentVersion> {
  return versioned(await api.POST('/api/v1/coaching-assignments', { body: input }));
}

/** Changes the hour budget with If-Match; 412 when somebody saved since that version was read. */
export async function updateAssignmentBudget(
  api: ApiClient,
  { id, etag, hourBudget }: { id: string; etag: string; hourBudget: number },
): Promise<AssignmentVersion> {
  return versioned(
    await api.PUT('/api/v1/coaching-assignments/{id}', {
      params: { path: { id }, header: { 'If-Match': etag } },
      body: { hourBudget },
    }),
  );
}

export function useCreateAssignment() {
  return useApiMutation(createAssignment, { invalidates: () => [coachingAssignmentsKey] });
}

export function useUpdateAssignmentBudget() {
  return useApiMutation(updateAssignmentBudget, { invalidates: () => [coachingAssignmentsKey] });
}
