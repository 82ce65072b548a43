import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { BackLink } from '@/components/BackLink';
import { DataTable } from '@/components/DataTable';
import { EditorLoadState } from '@/components/form/EditorLoadState';
import { SelectField } from '@/components/form/FormField';
import { ModalDialog } from '@/components/ModalDialog';
import { PageHeading } from '@/components/PageHeading';
import { PagedResults } from '@/components/PagedResults';
import { RequireRole } from '@/components/RequireRole';
import '@/components/admin-screen.css';
import type { Round } from '../api/get-round';
import type { RoundSummary } from '../api/get-rounds';
import { useRoundsFiltered, useRoundVersion } from '../api/manage-rounds';
import { formatDate } from '../components/format';
import { CloseButton } from './CriteriaAdminPage';
import { RoundForm } from './RoundForm';
import '../selection.css';

const PAGE_SIZE = 20;
type StatusFilter = '' | 'OPEN' | 'CLOSED';

/** Selection rounds for coordinators and admins: filter by status, open a round, rename, close or reopen one. */
export function RoundsAdminPage() {
  const { t, i18n } = useTranslation('selection');
  const [status, setStatus] = useState<StatusFilter>('');
  const [page, setPage] = useState(0);
  const [editing, setEditing] = useState<RoundSummary | 'new' | null>(null);
  const [message, setMessage] = useState('');
  const rounds = useRoundsFiltered({ status: status || undefined, page, size: PAGE_SIZE });

  const saved = (round: Round) => {
    setEditing(null);
    setMessage(t('admin.rounds.saved', { name: round.name }));
  };

  return (
    <div className="content admin-screen">
      <BackLink to="/admin">{t('admin.back')}</BackLink>
      <PageHeading title={t('admin.rounds.title')}>{t('admin.rounds.title')}</PageHeading>
      <RequireRole roles={['admin', 'coordinator']} messages={{ forbidden: t('admin.rounds.forbidden') }}>
        <p className="lead">{t('admin.rounds.intro')}</p>
        <div className="admin-toolbar">
          <section className="filters admin-filter" aria-labelledby="rounds-filter-heading">
            <h2 id="rounds-filter-heading">{t('admin.filter')}</h2>
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
          </section>
          <button type="button" className="button" onClick={() => setEditing('new')}>
            {t('admin.rounds.new')}
          </button>
        </div>
        <p className="admin-message" role="status">
          {message}
        </p>
        <PagedResults
          query={rounds}
          loading={t('rounds.loading')}
          empty={t('rounds.empty')}
          count={(count) => t('admin.rounds.count', { count })}
          page={page}
          onPageChange={setPage}
        >
          {(items) => (
            <DataTable
              captionId="admin-rounds-caption"
              caption={t('rounds.caption')}
              columns={[
                { label: t('rounds.name') },
                { label: t('rounds.status') },
                { label: t('rounds.candidates'), numeric: true },
                { label: t('rounds.decided'), numeric: true },
                { label: t('rounds.createdAt') },
                { label: t('admin.actions') },
              ]}
            >
              {items.map((round) => (
                <tr key={round.id}>
                  <th scope="row">
                    <Link to={`/selection/${round.id}`}>{round.name}</Link>
                  </th>
                  <td>{t(`status.${round.status}`)}</td>
                  <td className="data-table__number">{round.candidateCount}</td>
                  <td className="data-table__number">{round.decidedCount}</td>
                  <td>{formatDate(round.createdAt, i18n.language)}</td>
                  <td>
                    <button
                      type="button"
                      className="button button--secondary button--small"
                      aria-label={t('admin.editNamed', { name: round.name })}
                      onClick={() => setEditing(round)}
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
          <ModalDialog title={t('admin.rounds.createTitle')} onClose={() => setEditing(null)}>
            <RoundForm onSaved={saved} />
            <CloseButton onClose={() => setEditing(null)} />
          </ModalDialog>
        )}
        {editing && editing !== 'new' && (
          <ModalDialog title={t('admin.rounds.editTitle', { name: editing.name })} onClose={() => setEditing(null)}>
            <EditRound id={editing.id} onSaved={saved} />
            <CloseButton onClose={() => setEditing(null)} />
          </ModalDialog>
        )}
      </RequireRole>
    </div>
  );
}

function EditRound({ id, onSaved }: { id: string; onSaved: (round: Round) => void }) {
  const { t } = useTranslation('selection');
  const round = useRoundVersion(id);
  const loaded = round.isSuccess;
  useEffect(() => {
    if (loaded) document.getElementById('round-name')?.focus();
  }, [loaded]);
  if (!round.isSuccess) {
    return <EditorLoadState query={round} loading={t('board.loading')} notFound={t('admin.rounds.gone')} />;
  }
  return <RoundForm initial={round.data} onSaved={onSaved} />;
}
