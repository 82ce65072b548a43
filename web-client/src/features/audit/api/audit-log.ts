import { keepPreviousData } from '@tanstack/react-query';
import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { endpointQuery, useApiQuery } from '@/lib/api/query';
import type { components, operations } from '@/lib/api/schema';

export type AuditEntry = components['schemas']['AuditEntry'];
export type AuditQuery = NonNullable<operations['listAuditEntries']['parameters']['query']>;

/** Only the set filters. */
function cleaned(query: AuditQuery): AuditQuery {
  return Object.fromEntries(Object.entries(query).filter(([, value]) => value !== undefined && value !== '')) as AuditQuery;
}

export async function getAuditEntries(api: ApiClient, query: AuditQuery) {
  return unwrap(await api.GET('/api/v1/audit-log', { params: { query: cleaned(query) } }));
}

const auditEntriesQueryOptions = endpointQuery((query: AuditQuery) => ['audit-log', cleaned(query)], getAuditEntries);

/** One page of entries; the last page stays on screen while the next loads. */
export function useAuditEntries(query: AuditQuery, { enabled }: { enabled: boolean }) {
  return useApiQuery((api) => auditEntriesQueryOptions(api, query), { enabled, placeholderData: keepPreviousData });
}
