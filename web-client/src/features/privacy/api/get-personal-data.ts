import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { endpointQuery, useApiQuery } from '@/lib/api/query';
import type { components } from '@/lib/api/schema';

export type PersonalDataExport = components['schemas']['PersonalDataExport'];
export type PersonalDataRecords = components['schemas']['PersonalDataRecords'];

/** Whom to look up: a Keycloak subject or an e-mail address. */
export type PersonLookup = { by: 'subject' | 'email'; value: string };

export const PERSONAL_DATA_KEY = ['personal-data'] as const;

/** Everything stored about the person; the API records the look-up in the audit log. */
export async function getPersonalData(api: ApiClient, lookup: PersonLookup): Promise<PersonalDataExport> {
  return unwrap(
    await api.GET('/api/v1/personal-data', {
      params: { query: lookup.by === 'subject' ? { subject: lookup.value } : { email: lookup.value } },
    }),
  );
}

const personalDataQueryOptions = endpointQuery(
  (lookup: PersonLookup) => [...PERSONAL_DATA_KEY, lookup.by, lookup.value],
  getPersonalData,
);

/** Runs only once a person was asked for. */
export function usePersonalData(lookup: PersonLookup | null) {
  return useApiQuery((api) => personalDataQueryOptions(api, lookup ?? { by: 'subject', value: '' }), {
    enabled: lookup != null,
  });
}
