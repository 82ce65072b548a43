import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { safeWebsite } from '@/lib/safe-url';
import { useStateName } from '@/lib/use-state-name';
import type { PartnerProfile } from '../api/get-partner';

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** The public profile: only what the API publishes; the description is shown as plain text. */
export function PartnerProfileDetails({ partner }: { partner: PartnerProfile }) {
  const { t } = useTranslation(['partners', 'common']);
  const stateName = useStateName();
  const website = safeWebsite(partner.website);
  return (
    <>
      {partner.programmeRole && (
        <p className="card__badge">
          <span className="visually-hidden">{t('partners:programmeRole')}: </span>
          {t(`common:programmeRoles.${partner.programmeRole}`)}
        </p>
      )}
      {partner.summary && <p className="lead">{partner.summary}</p>}
      <section aria-labelledby="profile-facts">
        <h2 id="profile-facts">{t('partners:profile.facts')}</h2>
        <dl className="details">
          <Fact term={t('partners:kind')}>{t(`common:kinds.${partner.kind}`)}</Fact>
          {partner.submarkets.length > 0 && (
            <Fact term={t('partners:submarkets')}>
              {partner.submarkets.map((submarket) => t(`common:submarkets.${submarket}`)).join(', ')}
            </Fact>
          )}
          <Fact term={t('partners:town')}>{partner.town}</Fact>
          {partner.district && <Fact term={t('partners:profile.district')}>{partner.district}</Fact>}
          <Fact term={t('partners:state')}>{stateName(partner.state)}</Fact>
          {partner.settlementType && (
            <Fact term={t('partners:profile.settlementType')}>{t(`common:settlementTypes.${partner.settlementType}`)}</Fact>
          )}
          {partner.foundingYear != null && <Fact term={t('partners:profile.foundingYear')}>{partner.foundingYear}</Fact>}
          {partner.teamSize != null && (
            <Fact term={t('partners:profile.teamSize')}>{t('partners:profile.teamSizeValue', { count: partner.teamSize })}</Fact>
          )}
          {website && (
            <Fact term={t('partners:website')}>
              <a href={website} rel="noopener noreferrer">
                {website}
              </a>
            </Fact>
          )}
        </dl>
      </section>
      {partner.description && (
        <section aria-labelledby="profile-description">
          <h2 id="profile-description">{t('partners:profile.description')}</h2>
          <p className="prose">{partner.description}</p>
        </section>
      )}
    </>
  );
}
