import type { ReactNode } from 'react';
import { Link } from 'react-router';

/** The link back to where a page belongs (a list, a record), above its heading. */
export function BackLink({ to, children }: { to: string; children: ReactNode }) {
  return (
    <p className="back-link">
      <Link to={to}>{children}</Link>
    </p>
  );
}
