import type { UseQueryResult } from '@tanstack/react-query';
import { ApiError } from '@/lib/api/problem';
import { ErrorMessage } from './ErrorMessage';
import { Loading } from './Loading';
import { PageHeading } from './PageHeading';
import { BackLink } from './BackLink';

type RecordStatusProps = {
  query: Pick<UseQueryResult, 'isPending' | 'error'>;
  loading: string;
  notFound: string;
  /** The statuses that mean "no such record" (a malformed id answers 400 in places). */
  notFoundStatuses?: number[];
};

/** What stands in for a record while it loads or when it cannot be read: "not found" or the API's problem. */
export function RecordStatus({ query, loading, notFound, notFoundStatuses = [404] }: RecordStatusProps) {
  if (query.isPending) return <Loading label={loading} />;
  if (query.error instanceof ApiError && notFoundStatuses.includes(query.error.status)) {
    return (
      <p className="message message--error" role="alert">
        {notFound}
      </p>
    );
  }
  return <ErrorMessage error={query.error} />;
}

type RecordFallbackProps = RecordStatusProps & {
  /** The page's h1 until the record is there. */
  title: string;
  back?: { to: string; label: string };
};

/** A detail page before its record is there: the way back, the h1 and the record's status. */
export function RecordFallback({ title, back, ...status }: RecordFallbackProps) {
  return (
    <div className="content">
      {back && <BackLink to={back.to}>{back.label}</BackLink>}
      <PageHeading title={title}>{title}</PageHeading>
      <RecordStatus {...status} />
    </div>
  );
}
