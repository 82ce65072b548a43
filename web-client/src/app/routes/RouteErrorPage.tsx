import { useTranslation } from 'react-i18next';
import { Link, useRouteError } from 'react-router';
import { ErrorMessage } from '@/components/ErrorMessage';
import { PageHeading } from '@/components/PageHeading';

/** Shown inside the layout when a page throws while rendering. */
export function RouteErrorPage() {
  const { t } = useTranslation();
  const error = useRouteError();
  console.error(error);
  return (
    <section className="content">
      <PageHeading title={t('error.title')}>{t('error.title')}</PageHeading>
      <ErrorMessage error={error} />
      <p>
        <Link to="/">{t('notFound.back')}</Link>
      </p>
    </section>
  );
}
