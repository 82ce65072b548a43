import type { ApiClient } from '@/lib/api/client';
import { answerEtag } from '@/lib/api/etag';
import { unwrap } from '@/lib/api/problem';
import { useApiMutation } from '@/lib/api/query';
import type { components } from '@/lib/api/schema';
import { tandemQueryKey, type TandemVersioned } from './get-tandem';
import { TANDEMS_KEY } from './get-tandems';

export type TandemTransitionInput = components['schemas']['TandemTransitionInput'];
export type TandemTransitionVariables = { id: string; etag: string; input: TandemTransitionInput };

export async function transitionTandem(api: ApiClient, { id, etag, input }: TandemTransitionVariables): Promise<TandemVersioned> {
  const result = await api.POST('/api/v1/tandems/{id}/transitions', {
    params: { path: { id }, header: { 'If-Match': etag } },
    body: input,
  });
  const tandem = unwrap(result);
  return { tandem, etag: answerEtag(result.response, tandem.version) };
}

/** Takes a lifecycle step; starting a tandem generates its milestones, so everything about it is refetched. */
export function useTransitionTandem() {
  return useApiMutation(transitionTandem, {
    onSuccess: (queryClient, result, { id }) => queryClient.setQueryData(tandemQueryKey(id), result),
    invalidatesSettled: () => [TANDEMS_KEY],
  });
}
