import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { safeWebsite } from '@/lib/safe-url';
import { useStateName } from '@/lib/use-state-name';
import type { OrganisationDetail } from '../api/get-organisation';
import type { OrganisationField } from './organisation-form-model';

/** Every field of the internal profile, "–" where nothing is recorded. */
export function OrganisationDetails({ organisation }: { organisation: OrganisationDetail }) {
  const { t, i18n } = useTranslation(['organisations', 'common']);
  const stateName = useStateName();
  const website = safeWebsite(organisation.website);
  const dateTime = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  const none = t('organisations:none');
  const text = (value: string | number | null | undefined) => (value == null || value === '' ? none : String(value));

  const rows: [OrganisationField | 'createdAt' | 'updatedAt', ReactNode][] = [
    ['name', organisation.name],
    ['legalForm', text(organisation.legalForm)],
    ['kind', t(`common:kinds.${organisation.kind}`)],
    [
      'programmeRole',
      organisation.programmeRole ? t(`common:programmeRoles.${organisation.programmeRole}`) : t('organisations:noRole'),
    ],
    [
      'submarkets',
      organisation.submarkets.length
        ? organisation.submarkets.map((submarket) => t(`common:submarkets.${submarket}`)).join(', ')
        : none,
    ],
    ['summary', text(organisation.summary)],
    ['description', <span className="prose">{text(organisation.description)}</span>],
    [
      'website',
      website ? (
        <a href={website} rel="noopener noreferrer">
          {website}
        </a>
      ) : (
        text(organisation.website)
      ),
    ],
    ['foundingYear', text(organisation.foundingYear)],
    ['teamSize', text(organisation.teamSize)],
    ['street', text(organisation.street)],
    ['postalCode', text(organisation.postalCode)],
    ['town', organisation.town],
    ['municipality', text(organisation.municipality)],
    ['district', text(organisation.district)],
    ['state', stateName(organisation.state)],
    ['settlementType', organisation.settlementType ? t(`common:settlementTypes.${organisation.settlementType}`) : none],
    ['latitude', text(organisation.latitude)],
    ['longitude', text(organisation.longitude)],
    [
      'requestedTopics',
      organisation.requestedTopics.length
        ? organisation.requestedTopics
            .map((topic) => t(`common:topics.${topic}` as 'common:topics.FINANCING', { defaultValue: topic }))
            .join(', ')
        : none,
    ],
    ['createdAt', dateTime.format(new Date(organisation.createdAt))],
    ['updatedAt', dateTime.format(new Date(organisation.updatedAt))],
  ];

  return (
    <dl className="details">
      {rows.map(([field, value]) => (
        <div key={field}>
          <dt>{t(`organisations:fields.${field}`)}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
