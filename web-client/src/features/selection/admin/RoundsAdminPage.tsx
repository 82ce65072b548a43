import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { AdminEditButton, AdminEditLoader, AdminResourcePage } from '@/components/AdminResourcePage';
import { SelectField } from '@/components/form/FormField';
import type { Round } from '../api/get-round';
import type { RoundSummary } from '../api/get-rounds';
import { useRoundsFiltered, useRoundVersion } from '../api/manage-rounds';
import { formatDate } from '../components/format';
import { RoundForm } from './RoundForm';
import '../selection.css';

const PAGE_SIZE = 20;
type StatusFilter = '' | 'OPEN' | 'CLOSED';

/** Selection rounds for coordinators and admins: filter by status, open a round, rename, close or reopen one. */
export function RoundsAdminPage() {
  const { t, i18n } = useTranslation('selection');
  const [status, setStatus] = useState<StatusFilter>('');
  const [page, setPage] = useState(0);
  const rounds = useRoundsFiltered({ status: status || undefined, page, size: PAGE_SIZE });

  return (
    <AdminResourcePage<RoundSummary, Round>
      id="admin-rounds"
      title={t('admin.rounds.title')}
      back={{ to: '/admin', label: t('admin.back') }}
      roles={['admin', 'coordinator']}
      forbidden={t('admin.rounds.forbidden')}
      intro={t('admin.rounds.intro')}
      filters={{
        heading: t('admin.filter'),
        children: (
          <SelectField
            id="rounds-filter-status"
            label={t('admin.rounds.fields.status')}
            value={status}
            onChange={(value) => {
              setStatus(value as StatusFilter);
              setPage(0);
            }}
            options={[
              { value: '', label: t('admin.rounds.all') },
              { value: 'OPEN', label: t('status.OPEN') },
              { value: 'CLOSED', label: t('status.CLOSED') },
            ]}
          />
        ),
      }}
      list={{ paged: rounds, page, onPageChange: setPage, count: (count) => t('admin.rounds.count', { count }) }}
      loading={t('rounds.loading')}
      empty={t('rounds.empty')}
      caption={t('rounds.caption')}
      columns={[
        { label: t('rounds.name') },
        { label: t('rounds.status') },
        { label: t('rounds.candidates'), numeric: true },
        { label: t('rounds.decided'), numeric: true },
        { label: t('rounds.createdAt') },
        { label: t('admin.actions') },
      ]}
      keyOf={(round) => round.id}
      row={(round, { edit }) => (
        <tr key={round.id}>
          <th scope="row">
            <Link to={`/selection/${round.id}`}>{round.name}</Link>
          </th>
          <td>{t(`status.${round.status}`)}</td>
          <td className="data-table__number">{round.candidateCount}</td>
          <td className="data-table__number">{round.decidedCount}</td>
          <td>{formatDate(round.createdAt, i18n.language)}</td>
          <td>
            <AdminEditButton label={t('admin.edit')} name={t('admin.editNamed', { name: round.name })} onClick={edit} />
          </td>
        </tr>
      )}
      create={{
        label: t('admin.rounds.new'),
        title: t('admin.rounds.createTitle'),
        form: (onSaved) => <RoundForm onSaved={onSaved} />,
      }}
      edit={{
        title: (round) => t('admin.rounds.editTitle', { name: round.name }),
        form: (round, onSaved) => <EditRound id={round.id} onSaved={onSaved} />,
      }}
      saved={(round) => t('admin.rounds.saved', { name: round.name })}
    />
  );
}

function EditRound({ id, onSaved }: { id: string; onSaved: (round: Round) => void }) {
  const { t } = useTranslation('selection');
  return (
    <AdminEditLoader
      query={useRoundVersion(id)}
      loading={t('board.loading')}
      notFound={t('admin.rounds.gone')}
      focusId="round-name"
    >
      {(round) => <RoundForm initial={round} onSaved={onSaved} />}
    </AdminEditLoader>
  );
}
