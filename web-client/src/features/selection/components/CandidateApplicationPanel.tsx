import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '@/components/ErrorMessage';
import { Loading } from '@/components/Loading';
import { Markdown } from '@/components/Markdown';
import { useCandidateApplication } from '../api/get-candidate-application';

type Fact = 'kind' | 'place' | 'settlementType' | 'submarkets' | 'foundingYear' | 'teamSize';
type CandidateApplicationPanelProps = { roundId: string; candidateId: string };

/** What the jury reads of a candidate while scoring: summary, facts and the description. */
export function CandidateApplicationPanel({ roundId, candidateId }: CandidateApplicationPanelProps) {
  const { t } = useTranslation('selection');
  const { t: tCommon } = useTranslation('common');
  const application = useCandidateApplication(roundId, candidateId);

  if (application.isPending) return <Loading label={t('application.loading')} />;
  if (application.isError) return <ErrorMessage error={application.error} />;
  const a = application.data;
  // Facts the organisation left empty are left out.
  const given: [Fact, string | null | undefined][] = [
    ['kind', tCommon(`kinds.${a.kind}`)],
    ['place', `${a.town}, ${tCommon(`states.${a.state}`)}`],
    ['settlementType', a.settlementType && tCommon(`settlementTypes.${a.settlementType}`)],
    ['submarkets', a.submarkets.map((s) => tCommon(`submarkets.${s}`)).join(', ')],
    ['foundingYear', a.foundingYear?.toString()],
    ['teamSize', a.teamSize?.toString()],
  ];
  const facts = given.filter((fact): fact is [Fact, string] => Boolean(fact[1]));

  return (
    <section className="candidate-application" aria-labelledby={`application-${candidateId}`}>
      <h3 id={`application-${candidateId}`}>{t('application.title')}</h3>
      <p>{a.summary ?? t('application.noSummary')}</p>
      <dl className="candidate-application__facts">
        {facts.map(([fact, value]) => (
          <div key={fact}>
            <dt>{t(`application.${fact}`)}</dt>
            <dd>{value}</dd>
          </div>
        ))}
        {a.website && (
          <div>
            <dt>{t('application.website')}</dt>
            <dd>
              <a href={a.website} target="_blank" rel="noopener noreferrer nofollow">
                {a.website}
              </a>
            </dd>
          </div>
        )}
      </dl>
      {a.description ? (
        <details>
          <summary>{t('application.description')}</summary>
          <Markdown headingLevel={4}>{a.description}</Markdown>
        </details>
      ) : (
        <p>{t('application.noDescription')}</p>
      )}
    </section>
  );
}
