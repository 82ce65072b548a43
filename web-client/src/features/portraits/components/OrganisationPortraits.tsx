import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { usePortraits } from '../api/get-portraits';

/** The published portraits of the organisation whose page this is (its id from the address); nothing when it has none. */
export function OrganisationPortraits() {
  const { t } = useTranslation('portraits');
  const { id = '' } = useParams();
  const headingId = useId();
  const portraits = usePortraits({ page: 0, size: 20, organisationId: id });
  if (!portraits.isSuccess || portraits.data.items.length === 0) return null;
  return (
    <section className="organisation-portraits" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('organisation.heading')}</h2>
      <ul className="plain-list">
        {portraits.data.items.map((portrait) => (
          <li key={portrait.id}>
            <Link to={`/portraits/${portrait.id}`}>{portrait.title}</Link>
            <p>{portrait.teaser}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
