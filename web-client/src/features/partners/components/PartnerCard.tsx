import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { safeWebsite } from '@/lib/safe-url';
import { useStateName } from '@/lib/use-state-name';
import type { PartnerSummary } from '@/api/get-partners';

export function PartnerCard({ partner }: { partner: PartnerSummary }) {
  const { t } = useTranslation(['partners', 'common']);
  const stateName = useStateName();
  const website = safeWebsite(partner.website);
  const headingId = `partner-${partner.id}`;
  return (
    <article className="card" aria-labelledby={headingId}>
      <h2 id={headingId} className="card__title">
        <Link to={`/partners/${partner.id}`}>{partner.name}</Link>
      </h2>
      {partner.programmeRole && (
        <p className="card__badge">
          <span className="visually-hidden">{t('partners:programmeRole')}: </span>
          {t(`common:programmeRoles.${partner.programmeRole}`)}
        </p>
      )}
      <dl className="card__facts">
        <div>
          <dt>{t('partners:town')}</dt>
          <dd>{partner.town}</dd>
        </div>
        <div>
          <dt>{t('partners:state')}</dt>
          <dd>{stateName(partner.state)}</dd>
        </div>
        <div>
          <dt>{t('partners:kind')}</dt>
          <dd>{t(`common:kinds.${partner.kind}`)}</dd>
        </div>
      </dl>
      {partner.summary && <p className="card__summary">{partner.summary}</p>}
      {website && (
        <p className="card__link">
          <a href={website} rel="noopener noreferrer">
            {t('partners:website')}
            <span className="visually-hidden"> – {t('partners:websiteOf', { name: partner.name })}</span>
          </a>
        </p>
      )}
    </article>
  );
}
