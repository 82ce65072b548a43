import { describe, expect, it } from 'vitest';
import { emptyFilters, filterQuery, hasActiveFilters, readFilters, readPage, writeFilters } from './directory-filters';
import { PUBLIC_PROGRAMME_ROLES } from './enums';

describe('directory filters in the address', () => {
  it('round-trip through the query string with repeated names and a one-based page', () => {
    const filters = {
      ...emptyFilters,
      state: ['SN' as const, 'BY' as const],
      kind: ['NETWORK' as const],
      q: 'Musikfestival',
      sort: '-name' as const,
    };
    const params = writeFilters(filters, 2, new URLSearchParams('view=map'));

    expect(params.toString()).toBe('view=map&state=SN&state=BY&kind=NETWORK&q=Musikfestival&sort=-name&page=3');
    expect(readFilters(params)).toEqual(filters);
    expect(readPage(params)).toBe(2);
  });

  it('drop unknown and duplicate values, and roles the list does not offer', () => {
    const filters = readFilters(
      new URLSearchParams('state=ST&state=ST&state=XX&programmeRole=CANDIDATE&programmeRole=TANDEM&sort=size'),
      PUBLIC_PROGRAMME_ROLES,
    );
    expect(filters.state).toEqual(['ST']);
    expect(filters.programmeRole).toEqual(['TANDEM']);
    expect(filters.sort).toBeUndefined();
    expect(readPage(new URLSearchParams('page=-4'))).toBe(0);
    expect(readPage(new URLSearchParams('page=abc'))).toBe(0);
  });

  it('leave empty filters out of the API query', () => {
    expect(filterQuery(emptyFilters)).toEqual({});
    expect(filterQuery({ ...emptyFilters, submarket: ['MUSIC'], q: '  Kunst ' })).toEqual({ submarket: ['MUSIC'], q: 'Kunst' });
    expect(hasActiveFilters(emptyFilters)).toBe(false);
    expect(hasActiveFilters({ ...emptyFilters, sort: 'town' })).toBe(false);
    expect(hasActiveFilters({ ...emptyFilters, q: 'Kunst' })).toBe(true);
  });
});
