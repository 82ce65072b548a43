import { queryOptions, useQuery } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api/api-context';
import type { ApiClient } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import type { components } from '../../../lib/api/schema';
import { LEARNING_KEY } from './get-learning-modules';

export type LearningPathPage = components['schemas']['PageLearningPathSummary'];
export type LearningPathSummary = components['schemas']['LearningPathSummary'];
export type LearningPathDetail = components['schemas']['LearningPathDetail'];
export type PathProgress = components['schemas']['PathProgress'];

/** The paths the caller may read; few enough for one page. */
export async function getLearningPaths(api: ApiClient): Promise<LearningPathPage> {
  return unwrap(await api.GET('/api/v1/learning-paths', { params: { query: { page: 0, size: 100 } } }));
}

export function useLearningPaths() {
  const api = useApiClient();
  return useQuery(
    queryOptions({ queryKey: [...LEARNING_KEY, 'paths'], queryFn: () => getLearningPaths(api) }),
  );
}

export async function getLearningPath(api: ApiClient, slugOrId: string): Promise<LearningPathDetail> {
  return unwrap(await api.GET('/api/v1/learning-paths/{id}', { params: { path: { id: slugOrId } } }));
}

export function useLearningPath(slugOrId: string) {
  const api = useApiClient();
  return useQuery(
    queryOptions({ queryKey: [...LEARNING_KEY, 'path', slugOrId], queryFn: () => getLearningPath(api, slugOrId) }),
  );
}

/** The signed-in caller's progress on a path (by slug or id). */
export async function getPathProgress(api: ApiClient, slugOrId: string): Promise<PathProgress> {
  return unwrap(await api.GET('/api/v1/learning-paths/{id}/progress', { params: { path: { id: slugOrId } } }));
}

export function usePathProgress(slugOrId: string, { enabled }: { enabled: boolean }) {
  const api = useApiClient();
  return useQuery({
    queryKey: [...LEARNING_KEY, 'progress', 'path', slugOrId],
    queryFn: () => getPathProgress(api, slugOrId),
    enabled,
  });
}
