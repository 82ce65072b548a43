import { useApiQuery } from '@/lib/api/query';
import { getCoachesQueryOptions } from '@/api/get-coaches';
import { getConceptsQueryOptions } from '@/api/get-concepts';
import { getPartnersQueryOptions } from '@/api/get-partners';
import { emptyFilters } from '@/lib/directory-filters';

/** The first hundred of each list: as many as the API hands out at once, more than the programme has. */
const OPTIONS_PAGE = { page: 0, size: 100 } as const;
const PARTNERS_BY_NAME = { ...emptyFilters, sort: 'name' as const };

/** Coaches that can be named as authors. */
export function useCoachOptions() {
  return useApiQuery((api) => getCoachesQueryOptions(api, OPTIONS_PAGE));
}

/** Best-practice and tandem partners (the public directory), by name, that can be named as authors. */
export function usePartnerOptions() {
  return useApiQuery((api) => getPartnersQueryOptions(api, { ...OPTIONS_PAGE, filters: PARTNERS_BY_NAME }));
}

/** Transfer concepts the caller may read, for a module's provenance. */
export function useConceptOptions() {
  return useApiQuery((api) => getConceptsQueryOptions(api, OPTIONS_PAGE));
}
