import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { useApiMutation } from '@/lib/api/query';
import type { components } from '@/lib/api/schema';
import { PERSONAL_DATA_KEY, type PersonLookup } from './get-personal-data';

export type PersonalDataErasure = components['schemas']['PersonalDataErasure'];

export type ErasureVariables = { lookup: PersonLookup; confirmation: string };

/** Erases the person; the confirmation repeats the subject or e-mail address. */
export async function erasePersonalData(
  api: ApiClient,
  { lookup, confirmation }: ErasureVariables,
): Promise<PersonalDataErasure> {
  return unwrap(
    await api.POST('/api/v1/personal-data/erasures', {
      body: lookup.by === 'subject' ? { subject: lookup.value, confirmation } : { email: lookup.value, confirmation },
    }),
  );
}

/** After an erasure every cached export is stale (the person is gone, others lost rows that named them). */
export function useErasePersonalData() {
  return useApiMutation(erasePersonalData, { invalidates: () => [PERSONAL_DATA_KEY] });
}
