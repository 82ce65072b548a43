import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { endpointQuery, useApiQuery } from '@/lib/api/query';
import type { CoachProfile } from './get-coaches';

/** The coach profile linked to the signed-in user; 404 when none is linked. */
export async function getMyCoachProfile(api: ApiClient): Promise<CoachProfile> {
  return unwrap(await api.GET('/api/v1/coaches/me'));
}

export const getMyCoachProfileQueryOptions = endpointQuery(() => ['coaches', 'me'], getMyCoachProfile);

export function useMyCoachProfile({ enabled }: { enabled: boolean }) {
  return useApiQuery(getMyCoachProfileQueryOptions, { enabled });
}
