import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ErrorMessage } from './ErrorMessage';
import { Loading } from './Loading';
import { Pagination } from './Pagination';

/** What every paged list answer of the API carries. */
export type Paged<T> = { items: T[]; totalItems: number; page: number; totalPages: number };

type PagedResultsProps<T> = {
  query: UseQueryResult<Paged<T>>;
  loading: string;
  empty: string;
  count: (totalItems: number) => string;
  onPageChange: (page: number) => void;
  /** The page asked for, where the page links follow the request rather than the answer shown. */
  page?: number;
  /** The items of a page that has some. */
  children: (items: T[]) => ReactNode;
  /** Shown after the page links (a dialog about an item, a link onwards). */
  footer?: ReactNode;
};

/** One page of a list: loading, error, the count (announced), the items and the page links. */
export function PagedResults<T>({
  query,
  loading,
  empty,
  count,
  onPageChange,
  page: requested,
  children,
  footer,
}: PagedResultsProps<T>) {
  if (query.isPending) return <Loading label={loading} />;
  if (query.isError) return <ErrorMessage error={query.error} />;
  const { items, totalItems, page, totalPages } = query.data;
  return (
    <div aria-busy={query.isFetching}>
      <p className="result-count" role="status">
        {items.length === 0 ? empty : count(totalItems)}
      </p>
      {items.length > 0 && children(items)}
      <Pagination page={requested ?? page} totalPages={totalPages} onPageChange={onPageChange} />
      {footer}
    </div>
  );
}
