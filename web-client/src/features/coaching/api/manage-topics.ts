import type { ApiClient } from '@/lib/api/client';
import { versionEtag } from '@/lib/api/etag';
import { unwrap } from '@/lib/api/problem';
import { endpointQuery, useApiMutation, useApiQuery } from '@/lib/api/query';
import type { components } from '@/lib/api/schema';
import type { ExpertiseTopic } from '@/api/get-expertise-topics';

export type NewExpertiseTopic = components['schemas']['ExpertiseTopicInput'];
export type ExpertiseTopicUpdate = components['schemas']['ExpertiseTopicUpdateInput'];

/** Every topic, archived ones too, for the administration. */
export async function getAllExpertiseTopics(api: ApiClient): Promise<ExpertiseTopic[]> {
  return unwrap(
    await api.GET('/api/v1/expertise-topics', {
      params: { query: { includeArchived: true } },
      headers: { Accept: 'application/json' },
    }),
  );
}

export const getAllExpertiseTopicsQueryOptions = endpointQuery(() => ['expertise-topics', 'all'], getAllExpertiseTopics, {
  staleTime: 0,
});

export function useAllExpertiseTopics() {
  return useApiQuery(getAllExpertiseTopicsQueryOptions);
}

/** The latest version of a topic, for its form after a 412. */
export async function getExpertiseTopic(api: ApiClient, key: string): Promise<ExpertiseTopic> {
  return unwrap(await api.GET('/api/v1/expertise-topics/{key}', { params: { path: { key } } }));
}

export function useCreateExpertiseTopic() {
  return useApiMutation(
    async (api: ApiClient, input: NewExpertiseTopic) => unwrap(await api.POST('/api/v1/expertise-topics', { body: input })),
    { invalidates: () => [['expertise-topics']] },
  );
}

/** Saves a topic with If-Match of the version shown. */
export function useUpdateExpertiseTopic() {
  return useApiMutation(
    async (api: ApiClient, { topic, input }: { topic: ExpertiseTopic; input: ExpertiseTopicUpdate }) =>
      unwrap(
        await api.PUT('/api/v1/expertise-topics/{key}', {
          params: { path: { key: topic.key }, header: { 'If-Match': versionEtag(topic.version) } },
          body: input,
        }),
      ),
    { invalidates: () => [['expertise-topics']] },
  );
}
