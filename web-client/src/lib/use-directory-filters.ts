import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { readFilters, readPage, writeFilters, type DirectoryFilters } from './directory-filters';
import type { ProgrammeRole } from './enums';

/**
 * Filters and page of a list, read from and written to the query string. Changing a filter goes
 * back to the first page; other query parameters (e.g. the directory's view) are kept.
 *
 * The router applies a new address in a transition, a moment after the click. Until then the hook
 * already returns the new values, so that a checkbox shows its new state at once (and assistive
 * technology and tests never see it flip back).
 */
export function useDirectoryFilters(allowedRoles?: readonly ProgrammeRole[]) {
  const [urlParams, setUrlParams] = useSearchParams();
  const [pending, setPending] = useState<{ from: string; params: URLSearchParams } | null>(null);
  const searchParams = pending && pending.from === urlParams.toString() ? pending.params : urlParams;
  const setSearchParams = (next: URLSearchParams) => {
    setPending({ from: urlParams.toString(), params: next });
    setUrlParams(next);
  };
  const filters = readFilters(searchParams, allowedRoles);
  const page = readPage(searchParams);
  return {
    filters,
    page,
    searchParams,
    setFilters: (next: DirectoryFilters) => setSearchParams(writeFilters(next, 0, searchParams)),
    setPage: (next: number) => setSearchParams(writeFilters(filters, next, searchParams)),
    setSearchParams,
  };
}
