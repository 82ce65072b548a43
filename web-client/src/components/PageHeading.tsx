import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** The page's single h1; also sets the document title. Focusable so navigation can move focus here. */
export function PageHeading({ children, title }: { children: ReactNode; title: string }) {
  const { t } = useTranslation();
  const appName = t('appName');
  useEffect(() => {
    document.title = `${title} – ${appName}`;
  }, [title, appName]);
  return (
    <h1 id="page-heading" tabIndex={-1}>
      {children}
    </h1>
  );
}
