import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { endpointQuery, useApiMutation, useApiQuery } from '@/lib/api/query';
import type { components } from '@/lib/api/schema';
import type { CoachProfile } from '@/api/get-coaches';

export type CoachInput = components['schemas']['CoachInput'];
/** A coach's profile with the ETag of the version read (the profile itself carries no version). */
export type CoachVersion = { coach: CoachProfile; etag: string };

function versioned(result: { data?: CoachProfile; error?: unknown; response: Response }): CoachVersion {
  const coach = unwrap(result);
  return { coach, etag: result.response.headers.get('ETag') ?? '"0"' };
}

export async function getCoachVersion(api: ApiClient, id: string): Promise<CoachVersion> {
  return versioned(await api.GET('/api/v1/coaches/{id}', { params: { path: { id } } }));
}

export const getCoachVersionQueryOptions = endpointQuery((id: string) => ['coaches', 'version', id], getCoachVersion, {
  staleTime: 0,
});

export function useCoachVersion(id: string) {
  return useApiQuery((api) => getCoachVersionQueryOptions(api, id));
}

export async function createCoach(api: ApiClient, input: CoachInput): Promise<CoachVersion> {
  return versioned(await api.POST('/api/v1/coaches', { body: input }));
}

/** Replaces the profile with If-Match; 412 when somebody saved since that version was read. */
export async function updateCoach(api: ApiClient, { id, etag, input }: { id: string; etag: string; input: CoachInput }) {
  return versioned(
    await api.PUT('/api/v1/coaches/{id}', { params: { path: { id }, header: { 'If-Match': etag } }, body: input }),
  );
}

const afterChange = () => [['coaches'], ['coaching-assignments']] as const;

export function useCreateCoach() {
  return useApiMutation(createCoach, { invalidates: afterChange });
}

export function useUpdateCoach() {
  return useApiMutation(updateCoach, { invalidates: afterChange });
}
