import type { ApiClient } from '@/lib/api/client';
import { answerEtag } from '@/lib/api/etag';
import { unwrap } from '@/lib/api/problem';
import { useApiMutation } from '@/lib/api/query';
import type { components } from '@/lib/api/schema';
import { tandemQueryKey, type TandemVersioned } from './get-tandem';
import { TANDEMS_KEY } from './get-tandems';

export type NewTandem = components['schemas']['TandemInput'];

/** Proposes a tandem; the API answers 400 naming selectionReason when a lower-ranked candidate has none. */
export async function createTandem(api: ApiClient, input: NewTandem): Promise<TandemVersioned> {
  const result = await api.POST('/api/v1/tandems', { body: input });
  const tandem = unwrap(result);
  return { tandem, etag: answerEtag(result.response, tandem.version) };
}

export function useCreateTandem() {
  return useApiMutation(createTandem, {
    onSuccess: (queryClient, created) => {
      queryClient.setQueryData(tandemQueryKey(created.tandem.id), created);
      void queryClient.invalidateQueries({ queryKey: TANDEMS_KEY });
    },
  });
}
