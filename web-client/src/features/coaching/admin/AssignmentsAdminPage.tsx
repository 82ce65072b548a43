import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCoaches } from '@/api/get-coaches';
import { BackLink } from '@/components/BackLink';
import { DataTable } from '@/components/DataTable';
import { EditorLoadState } from '@/components/form/EditorLoadState';
import { SelectField } from '@/components/form/FormField';
import { ModalDialog } from '@/components/ModalDialog';
import { PageHeading } from '@/components/PageHeading';
import { PagedResults } from '@/components/PagedResults';
import { RequireRole } from '@/components/RequireRole';
import '@/components/admin-screen.css';
import { useTopicName } from '@/lib/use-topic-name';
import type { CoachingAssignment } from '../api/get-coaching-assignments';
import { useAssignmentsFiltered, useAssignmentVersion } from '../api/manage-assignments';
import { BudgetForm, NewAssignmentForm } from './AssignmentForms';
import { budgetState } from './budget';
import { OrganisationPicker } from './OrganisationPicker';
import { CloseButton, STAFF } from './shared';
import '../coaching.css';

const PAGE_SIZE = 20;

/** Coaching assignments with hour budgets: filter by coach and organisation, assign a coach, change a budget. */
export function AssignmentsAdminPage() {
  const { t, i18n } = useTranslation('coaching');
  const topicName = useTopicName();
  const coaches = useCoaches({ page: 0, size: 100 });
  const [coachId, setCoachId] = useState('');
  const [organisationId, setOrganisationId] = useState('');
  const [page, setPage] = useState(0);
  const [editing, setEditing] = useState<CoachingAssignment | 'new' | null>(null);
  const [message, setMessage] = useState('');
  const assignments = useAssignmentsFiltered({
    coachId: coachId || undefined,
    organisationId: organisationId || undefined,
    page,
    size: PAGE_SIZE,
  });
  const number = (value: number) => value.toLocaleString(i18n.language, { minimumFractionDigits: 0, maximumFractionDigits: 2 });

  const saved = (assignment: CoachingAssignment) => {
    setEditing(null);
    setMessage(t('admin.assignments.saved', { coach: assignment.coach.name, organisation: assignment.organisation.name }));
  };

  return (
    <div className="content admin-screen">
      <BackLink to="/admin">{t('admin.back')}</BackLink>
      <PageHeading title={t('admin.assignments.title')}>{t('admin.assignments.title')}</PageHeading>
      <RequireRole roles={STAFF} messages={{ forbidden: t('admin.forbidden') }}>
        <p className="lead">{t('admin.assignments.intro')}</p>
        <div className="admin-toolbar">
          <section className="filters admin-filter" aria-labelledby="assignments-filter-heading">
            <h2 id="assignments-filter-heading">{t('admin.filter')}</h2>
            <SelectField
              id="assignments-filter-coach"
              label={t('admin.assignments.fields.coachId')}
              value={coachId}
              emptyOption={t('admin.assignments.allCoaches')}
              options={(coaches.data?.items ?? []).map((coach) => ({ value: coach.id, label: coach.name }))}
              onChange={(value) => {
                setCoachId(value);
                setPage(0);
              }}
            />
            <OrganisationPicker
              id="assignments-filter-organisation"
              label={t('admin.assignments.fields.organisationId')}
              emptyOption={t('admin.assignments.allOrganisations')}
              value={organisationId}
              onChange={(value) => {
                setOrganisationId(value);
                setPage(0);
              }}
            />
          </section>
          <button type="button" className="button" onClick={() => setEditing('new')}>
            {t('admin.assignments.new')}
          </button>
        </div>
        <p className="admin-message" role="status">
          {message}
        </p>
        <PagedResults
          query={assignments}
          loading={t('admin.assignments.loading')}
          empty={t('admin.assignments.empty')}
          count={(count) => t('admin.assignments.count', { count })}
          page={page}
          onPageChange={setPage}
        >
          {(items) => (
            <DataTable
              captionId="admin-assignments-caption"
              caption={t('admin.assignments.caption')}
              columns={[
                { label: t('admin.assignments.fields.organisationId') },
                { label: t('admin.assignments.fields.coachId') },
                { label: t('admin.assignments.fields.topic') },
                { label: t('admin.assignments.fields.hourBudget'), numeric: true },
                { label: t('admin.assignments.used'), numeric: true },
                { label: t('admin.assignments.remaining'), numeric: true },
                { label: t('admin.assignments.state') },
                { label: t('admin.actions') },
              ]}
            >
              {items.map((assignment) => {
                const state = budgetState(assignment);
                return (
                  <tr key={assignment.id}>
                    <th scope="row">{assignment.organisation.name}</th>
                    <td>{assignment.coach.name}</td>
                    <td>{topicName(assignment.topic)}</td>
                    <td className="data-table__number">{number(assignment.hourBudget)}</td>
                    <td className="data-table__number">{number(assignment.hoursUsed)}</td>
                    <td className="data-table__number">{number(assignment.hoursRemaining)}</td>
                    <td>
                      <span className={`budget-state budget-state--${state}`}>{t(`admin.assignments.states.${state}`)}</span>
                    </td>
                    <td>
                      <button
                        type="button"
                        className="button button--secondary button--small"
                        aria-label={t('admin.assignments.editBudget', {
                          coach: assignment.coach.name,
                          organisation: assignment.organisation.name,
                          topic: topicName(assignment.topic),
                        })}
                        onClick={() => setEditing(assignment)}
                      >
                        {t('admin.assignments.budgetButton')}
                      </button>
                    </td>
                  </tr>
                );
              })}
            </DataTable>
          )}
        </PagedResults>
        {editing === 'new' && (
          <ModalDialog title={t('admin.assignments.createTitle')} onClose={() => setEditing(null)}>
            <NewAssignmentForm onSaved={saved} />
            <CloseButton onClose={() => setEditing(null)} />
          </ModalDialog>
        )}
        {editing && editing !== 'new' && (
          <ModalDialog
            title={t('admin.assignments.editTitle', { organisation: editing.organisation.name })}
            onClose={() => setEditing(null)}
          >
            <EditBudget id={editing.id} onSaved={saved} />
            <CloseButton onClose={() => setEditing(null)} />
          </ModalDialog>
        )}
      </RequireRole>
    </div>
  );
}

function EditBudget({ id, onSaved }: { id: string; onSaved: (assignment: CoachingAssignment) => void }) {
  const { t } = useTranslation('coaching');
  const assignment = useAssignmentVersion(id);
  const loaded = assignment.isSuccess;
  useEffect(() => {
    if (loaded) document.getElementById('assignment-budget')?.focus();
  }, [loaded]);
  if (!assignment.isSuccess) {
    return (
      <EditorLoadState query={assignment} loading={t('admin.assignments.loadingOne')} notFound={t('admin.assignments.gone')} />
    );
  }
  return <BudgetForm initial={assignment.data} onSaved={onSaved} />;
}
