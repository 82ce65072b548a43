import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { endpointQuery, useApiQuery } from '@/lib/api/query';
import type { components } from '@/lib/api/schema';
import { LEARNING_KEY } from './get-learning-modules';

export type LearningPathPage = components['schemas']['PageLearningPathSummary'];
export type LearningPathSummary = components['schemas']['LearningPathSummary'];
export type LearningPathDetail = components['schemas']['LearningPathDetail'];
export type PathProgress = components['schemas']['PathProgress'];

/** The paths the caller may read; few enough for one page. */
export async function getLearningPaths(api: ApiClient): Promise<LearningPathPage> {
  return unwrap(await api.GET('/api/v1/learning-paths', { params: { query: { page: 0, size: 100 } } }));
}

const learningPathsQueryOptions = endpointQuery(() => [...LEARNING_KEY, 'paths'], getLearningPaths);

export function useLearningPaths() {
  return useApiQuery(learningPathsQueryOptions);
}

export async function getLearningPath(api: ApiClient, slugOrId: string): Promise<LearningPathDetail> {
  return unwrap(await api.GET('/api/v1/learning-paths/{id}', { params: { path: { id: slugOrId } } }));
}

const learningPathQueryOptions = endpointQuery((slugOrId: string) => [...LEARNING_KEY, 'path', slugOrId], getLearningPath);

export function useLearningPath(slugOrId: string) {
  return useApiQuery((api) => learningPathQueryOptions(api, slugOrId));
}

/** The signed-in caller's progress on a path (by slug or id). */
export async function getPathProgress(api: ApiClient, slugOrId: string): Promise<PathProgress> {
  return unwrap(await api.GET('/api/v1/learning-paths/{id}/progress', { params: { path: { id: slugOrId } } }));
}

const pathProgressQueryOptions = endpointQuery(
  (slugOrId: string) => [...LEARNING_KEY, 'progress', 'path', slugOrId],
  getPathProgress,
);

export function usePathProgress(slugOrId: string, { enabled }: { enabled: boolean }) {
  return useApiQuery((api) => pathProgressQueryOptions(api, slugOrId), { enabled });
}
