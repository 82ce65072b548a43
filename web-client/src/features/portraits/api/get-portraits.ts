import { keepPreviousData } from '@tanstack/react-query';
import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { endpointQuery, useApiQuery } from '@/lib/api/query';
import type { components } from '@/lib/api/schema';

export type PortraitPage = components['schemas']['PagePortraitSummary'];
export type PortraitSummary = components['schemas']['PortraitSummary'];
export type GermanState = components['schemas']['GermanState'];
export type PortraitsParams = {
  page: number;
  size: number;
  q?: string;
  state?: GermanState;
  tag?: string;
  organisationId?: string;
  submarket?: components['schemas']['Submarket'];
  /** Drafts only for those who may read them (coordinators, admins, coach authors). */
  status?: components['schemas']['PortraitStatus'];
};

/** Everything cached about portraits lives under this key. */
export const PORTRAITS_KEY = ['portraits'] as const;

export async function getPortraits(
  api: ApiClient,
  { page, size, q, state, tag, organisationId, submarket, status }: PortraitsParams,
): Promise<PortraitPage> {
  return unwrap(
    await api.GET('/api/v1/portraits', {
      params: {
        query: {
          page,
          size,
          ...(q ? { q } : {}),
          ...(state ? { state } : {}),
          ...(tag ? { tag } : {}),
          ...(organisationId ? { organisationId } : {}),
          ...(submarket ? { submarket } : {}),
          ...(status ? { status } : {}),
        },
      },
    }),
  );
}

export const getPortraitsQueryOptions = endpointQuery(
  (params: PortraitsParams) => [...PORTRAITS_KEY, 'list', params],
  getPortraits,
);

export function usePortraits(params: PortraitsParams) {
  return useApiQuery((api) => ({ ...getPortraitsQueryOptions(api, params), placeholderData: keepPreviousData }));
}
