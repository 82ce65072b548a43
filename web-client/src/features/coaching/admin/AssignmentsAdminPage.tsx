import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCoaches } from '@/api/get-coaches';
import { AdminEditButton, AdminEditLoader, AdminResourcePage } from '@/components/AdminResourcePage';
import { SelectField } from '@/components/form/FormField';
import { useTopicName } from '@/lib/use-topic-name';
import type { CoachingAssignment } from '../api/get-coaching-assignments';
import { useAssignmentsFiltered, useAssignmentVersion } from '../api/manage-assignments';
import { BudgetForm, NewAssignmentForm } from './AssignmentForms';
import { budgetState } from './budget';
import { OrganisationPicker } from '@/components/OrganisationPicker';
import { STAFF } from './shared';
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
  const assignments = useAssignmentsFiltered({
    coachId: coachId || undefined,
    organisationId: organisationId || undefined,
    page,
    size: PAGE_SIZE,
  });
  const number = (value: number) => value.toLocaleString(i18n.language, { minimumFractionDigits: 0, maximumFractionDigits: 2 });

  return (
    <AdminResourcePage<CoachingAssignment>
      id="admin-assignments"
      title={t('admin.assignments.title')}
      back={{ to: '/admin', label: t('admin.back') }}
      roles={STAFF}
      forbidden={t('admin.forbidden')}
      intro={t('admin.assignments.intro')}
      filters={{
        heading: t('admin.filter'),
        children: (
          <>
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
          </>
        ),
      }}
      list={{ paged: assignments, page, onPageChange: setPage, count: (count) => t('admin.assignments.count', { count }) }}
      loading={t('admin.assignments.loading')}
      empty={t('admin.assignments.empty')}
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
      keyOf={(assignment) => assignment.id}
      row={(assignment, { edit }) => {
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
              <AdminEditButton
                label={t('admin.assignments.budgetButton')}
                name={t('admin.assignments.editBudget', {
                  coach: assignment.coach.name,
                  organisation: assignment.organisation.name,
                  topic: topicName(assignment.topic),
                })}
                onClick={edit}
              />
            </td>
          </tr>
        );
      }}
      create={{
        label: t('admin.assignments.new'),
        title: t('admin.assignments.createTitle'),
        form: (onSaved) => <NewAssignmentForm onSaved={onSaved} />,
      }}
      edit={{
        title: (assignment) => t('admin.assignments.editTitle', { organisation: assignment.organisation.name }),
        form: (assignment, onSaved) => <EditBudget id={assignment.id} onSaved={onSaved} />,
      }}
      saved={(assignment) =>
        t('admin.assignments.saved', { coach: assignment.coach.name, organisation: assignment.organisation.name })
      }
    />
  );
}

function EditBudget({ id, onSaved }: { id: string; onSaved: (assignment: CoachingAssignment) => void }) {
  const { t } = useTranslation('coaching');
  return (
    <AdminEditLoader
      query={useAssignmentVersion(id)}
      loading={t('admin.assignments.loadingOne')}
      notFound={t('admin.assignments.gone')}
      focusId="assignment-budget"
    >
      {(assignment) => <BudgetForm initial={assignment} onSaved={onSaved} />}
    </AdminEditLoader>
  );
}
