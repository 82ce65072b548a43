import { ApiError } from '@/lib/api/problem';
import { ErrorMessage } from '../ErrorMessage';
import { Loading } from '../Loading';

type EditorLoadStateProps = {
  /** The query of the resource the editor edits, while it has not succeeded. */
  query: { isPending: boolean; error: unknown };
  loading: string;
  notFound: string;
};

/** What an editor shows until its resource is loaded: the loading message, "not found" on 404, or the error. */
export function EditorLoadState({ query, loading, notFound }: EditorLoadStateProps) {
  if (query.isPending) return <Loading label={loading} />;
  if (query.error instanceof ApiError && query.error.status === 404) {
    return (
      <p className="message message--error" role="alert">
        {notFound}
      </p>
    );
  }
  return <ErrorMessage error={query.error} />;
}
