import { queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/lib/api/api-context';
import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { CoachProfile } from './get-coaches';

/** The coach profile linked to the signed-in user; 404 when none is linked. */
export async function getMyCoachProfile(api: ApiClient): Promise<CoachProfile> {
  return unwrap(await api.GET('/api/v1/coaches/me'));
}

export function getMyCoachProfileQueryOptions(api: ApiClient) {
  return queryOptions({ queryKey: ['coaches', 'me'], queryFn: () => getMyCoachProfile(api) });
}

export function useMyCoachProfile({ enabled }: { enabled: boolean }) {
  const api = useApiClient();
  return useQuery({ ...getMyCoachProfileQueryOptions(api), enabled });
}
