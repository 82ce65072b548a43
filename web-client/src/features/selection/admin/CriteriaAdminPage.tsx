import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AdminEditButton, AdminEditLoader, AdminResourcePage } from '@/components/AdminResourcePage';
import { SelectField } from '@/components/form/FormField';
import type { Criterion } from '../api/get-criteria';
import { useCriteriaPage, useCriterion } from '../api/manage-criteria';
import { localName } from '../components/format';
import { CriterionForm } from './CriterionForm';
import '../selection.css';

const PAGE_SIZE = 20;
type ActiveFilter = '' | 'true' | 'false';

/** The criteria catalogue for admins: filter by activity, add a criterion, change names, weight, order and activity. */
export function CriteriaAdminPage() {
  const { t, i18n } = useTranslation('selection');
  const [active, setActive] = useState<ActiveFilter>('');
  const [page, setPage] = useState(0);
  const criteria = useCriteriaPage({ active: active === '' ? undefined : active === 'true', page, size: PAGE_SIZE });
  const name = (criterion: Criterion) => localName(criterion, i18n.language);

  return (
    <AdminResourcePage<Criterion>
      id="criteria"
      title={t('admin.criteria.title')}
      back={{ to: '/admin', label: t('admin.back') }}
      roles={['admin']}
      forbidden={t('admin.criteria.forbidden')}
      intro={t('admin.criteria.intro')}
      filters={{
        heading: t('admin.filter'),
        children: (
          <SelectField
            id="criteria-filter-active"
            label={t('admin.criteria.filterActive')}
            value={active}
            onChange={(value) => {
              setActive(value as ActiveFilter);
              setPage(0);
            }}
            options={[
              { value: '', label: t('admin.criteria.all') },
              { value: 'true', label: t('admin.criteria.onlyActive') },
              { value: 'false', label: t('admin.criteria.onlyInactive') },
            ]}
          />
        ),
      }}
      list={{ paged: criteria, page, onPageChange: setPage, count: (count) => t('admin.criteria.count', { count }) }}
      loading={t('admin.criteria.loading')}
      empty={t('admin.criteria.empty')}
      caption={t('admin.criteria.caption')}
      columns={[
        { label: t('admin.criteria.fields.position'), numeric: true },
        { label: t('admin.criteria.name') },
        { label: t('admin.criteria.fields.key') },
        { label: t('admin.criteria.fields.weight'), numeric: true },
        { label: t('admin.criteria.status') },
        { label: t('admin.actions') },
      ]}
      keyOf={(criterion) => criterion.id}
      row={(criterion, { edit }) => (
        <tr key={criterion.id}>
          <td className="data-table__number">{criterion.position}</td>
          <th scope="row">{name(criterion)}</th>
          <td>
            <code>{criterion.key}</code>
          </td>
          <td className="data-table__number">{criterion.weight.toLocaleString(i18n.language)}</td>
          <td>{criterion.active ? t('admin.criteria.active') : t('admin.criteria.inactive')}</td>
          <td>
            <AdminEditButton label={t('admin.edit')} name={t('admin.editNamed', { name: name(criterion) })} onClick={edit} />
          </td>
        </tr>
      )}
      create={{
        label: t('admin.criteria.new'),
        title: t('admin.criteria.createTitle'),
        form: (onSaved) => <CriterionForm onSaved={onSaved} />,
      }}
      edit={{
        title: (criterion) => t('admin.criteria.editTitle', { name: name(criterion) }),
        form: (criterion, onSaved) => <EditCriterion id={criterion.id} onSaved={onSaved} />,
      }}
      saved={(criterion) => t('admin.criteria.saved', { name: name(criterion) })}
    />
  );
}

function EditCriterion({ id, onSaved }: { id: string; onSaved: (criterion: Criterion) => void }) {
  const { t } = useTranslation('selection');
  return (
    <AdminEditLoader
      query={useCriterion(id)}
      loading={t('admin.criteria.loadingOne')}
      notFound={t('admin.criteria.gone')}
      focusId="criterion-nameDe"
    >
      {(criterion) => <CriterionForm initial={criterion} onSaved={onSaved} />}
    </AdminEditLoader>
  );
}
