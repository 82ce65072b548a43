import type { ReactNode } from 'react';
import { ErrorMessage } from './ErrorMessage';
import { ApiError } from '@/lib/api/problem';

/**
 * A failed write: a plain-language message for the refusals the caller can meet (403, 409, 412), with the
 * API's detail beneath it; any other problem as the shared error message.
 */
export function ProblemAlert({
  error,
  messages,
  children,
}: {
  error: unknown;
  messages: Partial<Record<number, string>>;
  children?: ReactNode;
}) {
  const message = error instanceof ApiError ? messages[error.status] : undefined;
  if (!message) return <ErrorMessage error={error} />;
  return (
    <div className="message message--error" role="alert">
      <p className="message__title">{message}</p>
      {error instanceof ApiError && error.detail && <p>{error.detail}</p>}
      {children}
    </div>
  );
}
