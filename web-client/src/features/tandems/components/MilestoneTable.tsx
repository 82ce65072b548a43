import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '@/components/DataTable';
import { ErrorMessage } from '@/components/ErrorMessage';
import { FormActions } from '@/components/form/FormActions';
import { NoteField } from '@/components/form/NoteField';
import { useEntityForm } from '@/components/form/use-entity-form';
import { Loading } from '@/components/Loading';
import type { Tandem } from '../api/get-tandem';
import { useMilestones, useUpdateMilestone, type Milestone, type MilestoneStatus } from '../api/milestones';
import { formatDay } from '@/lib/format';
import { ModalDialog } from '@/components/ModalDialog';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useTopicName } from './use-topic-name';
import { Options } from '@/components/form/Options';

export const MILESTONE_STATUSES: MilestoneStatus[] = ['OPEN', 'IN_PROGRESS', 'DONE'];

/** The tandem's milestones in transfer-plan order; editable while the tandem is ACTIVE (the API checks who). */
export function MilestoneTable({ tandem, canEdit }: { tandem: Tandem; canEdit: boolean }) {
  const { t, i18n } = useTranslation('tandems');
  const topicName = useTopicName();
  const milestones = useMilestones(tandem.id);
  const [editing, setEditing] = useState<Milestone | null>(null);
  const [saved, setSaved] = useState(false);
  const ownerName = (id?: string | null) =>
    id === tandem.bestPracticeOrganisation.id
      ? tandem.bestPracticeOrganisation.name
      : id === tandem.tandemOrganisation.id
        ? tandem.tandemOrganisation.name
        : t('milestones.none');

  let body;
  if (milestones.isPending) body = <Loading label={t('milestones.loading')} />;
  else if (milestones.isError) body = <ErrorMessage error={milestones.error} />;
  else if (milestones.data.items.length === 0) body = <p>{t('milestones.empty')}</p>;
  else
    body = (
      <DataTable
        captionId="milestones-caption"
        caption={t('milestones.caption')}
        captionHidden
        columns={[
          { label: t('milestones.title') },
          { label: t('milestones.topic') },
          { label: t('milestones.dueOn') },
          { label: t('milestones.owner') },
          { label: t('milestones.status') },
          canEdit && { label: t('milestones.actions') },
        ]}
      >
        {milestones.data.items.map((milestone) => (
          <tr key={milestone.id}>
            <th scope="row">{milestone.title}</th>
            <td>{topicName(milestone.topic)}</td>
            <td>
              {milestone.dueOn ? formatDay(milestone.dueOn, i18n.language) : t('milestones.none')}
              {milestone.overdue && <span className="status-badge milestone-overdue">{t('milestones.overdue')}</span>}
            </td>
            <td>{ownerName(milestone.ownerOrganisationId)}</td>
            <td>
              <span
                className={`status-badge milestone-status milestone-status--${milestone.status.toLowerCase().replace('_', '-')}`}
              >
                {t(`milestoneStatus.${milestone.status}`)}
              </span>
            </td>
            {canEdit && (
              <td>
                <button
                  type="button"
                  className="button button--secondary"
                  aria-label={t('milestones.editLabel', { title: milestone.title })}
                  onClick={() => {
                    setSaved(false);
                    setEditing(milestone);
                  }}
                >
                  {t('milestones.edit')}
                </button>
              </td>
            )}
          </tr>
        ))}
      </DataTable>
    );

  return (
    <section className="tandem-milestones" aria-labelledby="milestones-heading">
      <h2 id="milestones-heading">{t('milestones.heading')}</h2>
      {body}
      <p role="status" className="tandem-milestones__status">
        {saved ? t('milestones.saved') : ''}
      </p>
      {editing && (
        <MilestoneDialog
          tandem={tandem}
          milestone={editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            setSaved(true);
          }}
        />
      )}
    </section>
  );
}

type MilestoneDialogProps = { tandem: Tandem; milestone: Milestone; onClose: () => void; onSaved: () => void };

/** Edits status, due date, owner and notes; sends the version read as If-Match, so a concurrent change gives 412. */
function MilestoneDialog({ tandem, milestone, onClose, onSaved }: MilestoneDialogProps) {
  const { t } = useTranslation('tandems');
  const update = useUpdateMilestone();
  const ids = { status: useId(), dueOn: useId(), owner: useId(), notes: useId() };
  const engine = useEntityForm({
    defaultValues: {
      status: milestone.status,
      dueOn: milestone.dueOn ?? '',
      owner: milestone.ownerOrganisationId ?? '',
      notes: milestone.adaptationNotes ?? '',
    },
    // Refusals, the 412 of a concurrent change too, show as a whole beneath the fields.
    violations: () => undefined,
    mutation: update,
    save: ({ status, dueOn, owner, notes }, callbacks) =>
      update.mutate(
        {
          tandemId: tandem.id,
          milestone,
          change: {
            status,
            ...(dueOn ? { dueOn } : {}),
            ...(owner ? { ownerOrganisationId: owner } : {}),
            ...(notes.trim() ? { adaptationNotes: notes.trim() } : {}),
          },
        },
        callbacks,
      ),
    onSaved: () => onSaved(),
  });
  const { values, change } = engine;

  return (
    <ModalDialog title={t('milestones.dialogTitle', { title: milestone.title })} onClose={onClose}>
      <form className="form" noValidate onSubmit={engine.submit}>
        <div className="form-field">
          <label htmlFor={ids.status}>{t('milestones.status')}</label>
          <select
            id={ids.status}
            value={values.status}
            onChange={(event) => change({ status: event.target.value as MilestoneStatus })}
          >
            <Options values={MILESTONE_STATUSES} label={(value) => t(`milestoneStatus.${value}`)} />
          </select>
        </div>
        <div className="form-field">
          <label htmlFor={ids.dueOn}>{t('milestones.dueOn')}</label>
          <input id={ids.dueOn} type="date" value={values.dueOn} onChange={(event) => change({ dueOn: event.target.value })} />
        </div>
        <div className="form-field">
          <label htmlFor={ids.owner}>{t('milestones.owner')}</label>
          <select id={ids.owner} value={values.owner} onChange={(event) => change({ owner: event.target.value })}>
            <option value="">{t('milestones.noOwner')}</option>
            <option value={tandem.bestPracticeOrganisation.id}>{tandem.bestPracticeOrganisation.name}</option>
            <option value={tandem.tandemOrganisation.id}>{tandem.tandemOrganisation.name}</option>
          </select>
        </div>
        <NoteField
          id={ids.notes}
          label={t('milestones.notes')}
          hint={t('milestones.notesHint')}
          maxLength={5000}
          value={values.notes}
          onChange={(notes) => change({ notes })}
        />
        {update.isError && (
          <div className="form-problem">
            <ProblemAlert error={update.error} messages={{ 403: t('milestones.forbidden'), 412: t('milestones.stale') }} />
          </div>
        )}
        <FormActions texts="tandems:milestones" pending={update.isPending} onCancel={onClose} />
      </form>
    </ModalDialog>
  );
}
