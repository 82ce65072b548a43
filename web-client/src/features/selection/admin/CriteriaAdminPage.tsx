import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BackLink } from '@/components/BackLink';
import { DataTable } from '@/components/DataTable';
import { EditorLoadState } from '@/components/form/EditorLoadState';
import { SelectField } from '@/components/form/FormField';
import { ModalDialog } from '@/components/ModalDialog';
import { PageHeading } from '@/components/PageHeading';
import { PagedResults } from '@/components/PagedResults';
import { RequireRole } from '@/components/RequireRole';
import '@/components/admin-screen.css';
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
  const [editing, setEditing] = useState<Criterion | 'new' | null>(null);
  const [message, setMessage] = useState('');
  const criteria = useCriteriaPage({ active: active === '' ? undefined : active === 'true', page, size: PAGE_SIZE });

  const saved = (criterion: Criterion) => {
    setEditing(null);
    setMessage(t('admin.criteria.saved', { name: localName(criterion, i18n.language) }));
  };

  return (
    <div className="content admin-screen">
      <BackLink to="/admin">{t('admin.back')}</BackLink>
      <PageHeading title={t('admin.criteria.title')}>{t('admin.criteria.title')}</PageHeading>
      <RequireRole roles={['admin']} messages={{ forbidden: t('admin.criteria.forbidden') }}>
        <p className="lead">{t('admin.criteria.intro')}</p>
        <div className="admin-toolbar">
          <section className="filters admin-filter" aria-labelledby="criteria-filter-heading">
            <h2 id="criteria-filter-heading">{t('admin.filter')}</h2>
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
          </section>
          <button type="button" className="button" onClick={() => setEditing('new')}>
            {t('admin.criteria.new')}
          </button>
        </div>
        <p className="admin-message" role="status">
          {message}
        </p>
        <PagedResults
          query={criteria}
          loading={t('admin.criteria.loading')}
          empty={t('admin.criteria.empty')}
          count={(count) => t('admin.criteria.count', { count })}
          page={page}
          onPageChange={setPage}
        >
          {(items) => (
            <DataTable
              captionId="criteria-caption"
              caption={t('admin.criteria.caption')}
              columns={[
                { label: t('admin.criteria.fields.position'), numeric: true },
                { label: t('admin.criteria.name') },
                { label: t('admin.criteria.fields.key') },
                { label: t('admin.criteria.fields.weight'), numeric: true },
                { label: t('admin.criteria.status') },
                { label: t('admin.actions') },
              ]}
            >
              {items.map((criterion) => (
                <tr key={criterion.id}>
                  <td className="data-table__number">{criterion.position}</td>
                  <th scope="row">{localName(criterion, i18n.language)}</th>
                  <td>
                    <code>{criterion.key}</code>
                  </td>
                  <td className="data-table__number">{criterion.weight.toLocaleString(i18n.language)}</td>
                  <td>{criterion.active ? t('admin.criteria.active') : t('admin.criteria.inactive')}</td>
                  <td>
                    <button
                      type="button"
                      className="button button--secondary button--small"
                      aria-label={t('admin.editNamed', { name: localName(criterion, i18n.language) })}
                      onClick={() => setEditing(criterion)}
                    >
                      {t('admin.edit')}
                    </button>
                  </td>
                </tr>
              ))}
            </DataTable>
          )}
        </PagedResults>
        {editing === 'new' && (
          <ModalDialog title={t('admin.criteria.createTitle')} onClose={() => setEditing(null)}>
            <CriterionForm onSaved={saved} />
            <CloseButton onClose={() => setEditing(null)} />
          </ModalDialog>
        )}
        {editing && editing !== 'new' && (
          <ModalDialog
            title={t('admin.criteria.editTitle', { name: localName(editing, i18n.language) })}
            onClose={() => setEditing(null)}
          >
            <EditCriterion id={editing.id} onSaved={saved} />
            <CloseButton onClose={() => setEditing(null)} />
          </ModalDialog>
        )}
      </RequireRole>
    </div>
  );
}

function EditCriterion({ id, onSaved }: { id: string; onSaved: (criterion: Criterion) => void }) {
  const { t } = useTranslation('selection');
  const criterion = useCriterion(id);
  const loaded = criterion.isSuccess;
  useEffect(() => {
    if (loaded) document.getElementById('criterion-nameDe')?.focus();
  }, [loaded]);
  if (!criterion.isSuccess) {
    return <EditorLoadState query={criterion} loading={t('admin.criteria.loadingOne')} notFound={t('admin.criteria.gone')} />;
  }
  return <CriterionForm initial={criterion.data} onSaved={onSaved} />;
}

export function CloseButton({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('selection');
  return (
    <div className="form-actions">
      <button type="button" className="button button--secondary" onClick={onClose}>
        {t('admin.close')}
      </button>
    </div>
  );
}
