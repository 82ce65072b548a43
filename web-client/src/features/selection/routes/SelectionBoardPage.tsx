import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorMessage } from '@/components/ErrorMessage';
import { Loading } from '@/components/Loading';
import { PageHeading } from '@/components/PageHeading';
import { useAuth } from '@/lib/auth-context';
import { useActiveCriteria } from '../api/get-criteria';
import { useRound, type RankedCandidate, type Round } from '../api/get-round';
import { DecisionDialog } from '../components/DecisionDialog';
import { JurorGate, useIsDecider, useIsJuror } from '../components/JurorGate';
import { RankingTable } from '../components/RankingTable';
import { ScoreDialog } from '../components/ScoreDialog';
import { ScoreMatrix, type ScoreTarget } from '../components/ScoreMatrix';
import '@/components/ui.css';
import '../selection.css';

export function SelectionBoardPage() {
  const { t } = useTranslation('selection');
  const { roundId = '' } = useParams();
  const isJuror = useIsJuror();
  const round = useRound(roundId, { enabled: isJuror });
  const title = round.data?.name ?? t('board.title');
  return (
    <div className="content">
      <p className="breadcrumb">
        <Link to="/selection">{t('board.back')}</Link>
      </p>
      <PageHeading title={title}>{title}</PageHeading>
      <JurorGate>
        {round.isPending ? (
          <Loading label={t('board.loading')} />
        ) : round.isError ? (
          <ErrorMessage error={round.error} />
        ) : (
          <Board round={round.data} />
        )}
      </JurorGate>
    </div>
  );
}

function Board({ round }: { round: Round }) {
  const { t } = useTranslation('selection');
  const auth = useAuth();
  const isDecider = useIsDecider();
  const criteria = useActiveCriteria();
  const open = round.status === 'OPEN';
  const [scoring, setScoring] = useState<ScoreTarget | undefined>();
  const [deciding, setDeciding] = useState<RankedCandidate | undefined>();
  const [announcement, setAnnouncement] = useState('');
  const [focusRanking, setFocusRanking] = useState(false);
  const rankingHeading = useRef<HTMLHeadingElement>(null);

  // Runs after the dialog has closed (and returned focus): the "Entscheiden" button may be gone now.
  useEffect(() => {
    if (focusRanking) {
      rankingHeading.current?.focus();
      setFocusRanking(false);
    }
  }, [focusRanking]);

  return (
    <>
      <p className="board-status">
        <span className={`status-badge status-badge--${round.status.toLowerCase()}`}>
          {t('board.status', { status: t(`status.${round.status}`) })}
        </span>
      </p>
      {round.description && <p className="lead">{round.description}</p>}
      {!open && <p className="panel">{t('board.closed')}</p>}
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      {round.candidates.length === 0 ? (
        <p>{t('board.noCandidates')}</p>
      ) : (
        <>
          <RankingTable round={round} canDecide={isDecider && open} onDecide={setDeciding} headingRef={rankingHeading} />
          <section className="board-section" aria-labelledby="matrix-heading">
            <h2 id="matrix-heading">{t('matrix.heading')}</h2>
            {criteria.isPending ? (
              <Loading label={t('matrix.loadingCriteria')} />
            ) : criteria.isError ? (
              <ErrorMessage error={criteria.error} />
            ) : (
              <ScoreMatrix round={round} criteria={criteria.data} subject={auth.subject} canScore={open} onScore={setScoring} />
            )}
          </section>
        </>
      )}
      {scoring && (
        <ScoreDialog
          roundId={round.id}
          candidate={scoring.candidate}
          criterion={scoring.criterion}
          onClose={() => setScoring(undefined)}
          onSaved={(message) => {
            setScoring(undefined);
            setAnnouncement(message);
          }}
        />
      )}
      {deciding && (
        <DecisionDialog
          roundId={round.id}
          candidate={deciding}
          onClose={() => setDeciding(undefined)}
          onDecided={(message) => {
            setDeciding(undefined);
            setAnnouncement(message);
            setFocusRanking(true);
          }}
        />
      )}
    </>
  );
}
