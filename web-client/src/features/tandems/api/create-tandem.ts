import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api/api-context';
import type { ApiClient } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import type { components } from '../../../lib/api/schema';
import { tandemQueryKey, versionEtag, type TandemVersioned } from './get-tandem';
import { TANDEMS_KEY } from './get-tandems';

export type NewTandem = components['schemas']['TandemInput'];

/** Proposes a tandem; the API answers 400 naming selectionReason when a lower-ranked candidate has none. */
export async function createTandem(api: ApiClient, input: NewTandem): Promise<TandemVersioned> {
  const result = await api.POST('/api/v1/tandems', { body: input });
  const tandem = unwrap(result);
  return { tandem, etag: result.response.headers.get('ETag') ?? versionEtag(tandem.version) };
}

export function useCreateTandem() {
  const api = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: NewTandem) => createTandem(api, input),
    onSuccess: (created) => {
      queryClient.setQueryData(tandemQueryKey(created.tandem.id), created);
      void queryClient.invalidateQueries({ queryKey: TANDEMS_KEY });
    },
  });
}
