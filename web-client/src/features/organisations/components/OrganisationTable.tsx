import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useStateName } from '@/lib/use-state-name';
import type { OrganisationPage } from '../api/get-organisations';

export function OrganisationTable({ data }: { data: OrganisationPage }) {
  const { t } = useTranslation(['organisations', 'common']);
  const stateName = useStateName();
  return (
    <div className="table-wrapper">
      <table className="table">
        <caption className="visually-hidden">
          {t('organisations:list.caption', { page: data.page + 1, total: Math.max(data.totalPages, 1) })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('organisations:fields.name')}</th>
            <th scope="col">{t('organisations:fields.programmeRole')}</th>
            <th scope="col">{t('organisations:fields.kind')}</th>
            <th scope="col">{t('organisations:fields.town')}</th>
            <th scope="col">{t('organisations:fields.state')}</th>
          </tr>
        </thead>
        <tbody>
          {data.items.map((organisation) => (
            <tr key={organisation.id}>
              <th scope="row">
                <Link to={`/organisations/${organisation.id}`}>{organisation.name}</Link>
              </th>
              <td>
                {organisation.programmeRole
                  ? t(`common:programmeRoles.${organisation.programmeRole}`)
                  : t('organisations:noRole')}
              </td>
              <td>{t(`common:kinds.${organisation.kind}`)}</td>
              <td>{organisation.town}</td>
              <td>{stateName(organisation.state)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
