import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '@/lib/api/api-context';
import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { components } from '@/lib/api/schema';
import { tandemQueryKey, versionEtag, type TandemVersioned } from './get-tandem';
import { TANDEMS_KEY } from './get-tandems';

export type TandemTransitionInput = components['schemas']['TandemTransitionInput'];
export type TandemTransitionVariables = { id: string; etag?: string; input: TandemTransitionInput };

export async function transitionTandem(
  api: ApiClient,
  { id, etag, input }: TandemTransitionVariables,
): Promise<TandemVersioned> {
  const result = await api.POST('/api/v1/tandems/{id}/transitions', {
    params: { path: { id }, header: etag ? { 'If-Match': etag } : undefined },
    body: input,
  });
  const tandem = unwrap(result);
  return { tandem, etag: result.response.headers.get('ETag') ?? versionEtag(tandem.version) };
}

/** Takes a lifecycle step; starting a tandem generates its milestones, so everything about it is refetched. */
export function useTransitionTandem() {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: TandemTransitionVariables) => transitionTandem(api, variables),
    onSuccess: (result, { id }) => queryClient.setQueryData(tandemQueryKey(id), result),
    onSettled: () => queryClient.invalidateQueries({ queryKey: TANDEMS_KEY }),
  });
}
