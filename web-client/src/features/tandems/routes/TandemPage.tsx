import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageHeading } from '@/components/PageHeading';
import { RecordFallback } from '@/components/RecordStatus';
import { RequireRole } from '@/components/RequireRole';
import { useAuth } from '@/lib/auth-context';
import { useStateName } from '@/lib/use-state-name';
import { useTandem, type Tandem } from '../api/get-tandem';
import { ActivityLog } from '../components/ActivityLog';
import { formatDay } from '@/lib/format';
import { percentPoints } from '../components/format';
import { MilestoneTable } from '../components/MilestoneTable';
import { TandemProgress } from '../components/TandemProgress';
import { TandemStatusBadge } from '../components/TandemStatusBadge';
import { TandemWorkflow } from '../components/TandemWorkflow';
import { BackLink } from '@/components/BackLink';
import '@/components/ui.css';
import '../tandems.css';

/** Roles that may change milestones and log activities; the API checks the organisation and the status. */
export const WRITER_ROLES = ['partner', 'coordinator', 'admin'] as const;

export function TandemPage() {
  return (
    <RequireRole>
      <TandemContent />
    </RequireRole>
  );
}

function TandemContent() {
  const { t } = useTranslation('tandems');
  const { id = '' } = useParams();
  const tandem = useTandem(id);
  if (!tandem.isSuccess) {
    return (
      <RecordFallback
        title={t('list.title')}
        back={tandem.isError ? { to: '/tandems', label: t('detail.back') } : undefined}
        query={tandem}
        loading={t('detail.loading')}
        notFound={t('detail.notFound')}
      />
    );
  }
  return <TandemDetail tandem={tandem.data.tandem} etag={tandem.data.etag} />;
}

function TandemDetail({ tandem, etag }: { tandem: Tandem; etag: string }) {
  const { t, i18n } = useTranslation('tandems');
  const auth = useAuth();
  const stateName = useStateName();
  const writer = WRITER_ROLES.some((role) => auth.hasRole(role));
  const canEditMilestones = writer && tandem.status === 'ACTIVE';
  const canLog = writer && ['PROPOSED', 'AGREED', 'ACTIVE'].includes(tandem.status);
  const title = t('detail.title', {
    bestPractice: tandem.bestPracticeOrganisation.name,
    tandem: tandem.tandemOrganisation.name,
  });
  const place = (organisation: Tandem['tandemOrganisation']) =>
    t('detail.place', { town: organisation.town, state: stateName(organisation.state) });

  return (
    <div className="content tandem">
      <BackLink to="/tandems">{t('detail.back')}</BackLink>
      <PageHeading title={title}>{title}</PageHeading>
      <dl className="details tandem-facts">
        <div>
          <dt>{t('detail.bestPractice')}</dt>
          <dd>
            {tandem.bestPracticeOrganisation.name} <span className="muted">({place(tandem.bestPracticeOrganisation)})</span>
          </dd>
        </div>
        <div>
          <dt>{t('detail.tandem')}</dt>
          <dd>
            {tandem.tandemOrganisation.name} <span className="muted">({place(tandem.tandemOrganisation)})</span>
          </dd>
        </div>
        <div>
          <dt>{t('detail.concept')}</dt>
          <dd>
            <Link to={`/concepts/${tandem.conceptId}`}>{tandem.conceptTitle}</Link>
          </dd>
        </div>
        <div>
          <dt>{t('detail.status')}</dt>
          <dd>
            <TandemStatusBadge status={tandem.status} />
          </dd>
        </div>
        <div>
          <dt>{t('detail.agreements')}</dt>
          <dd>
            <ul className="tandem-agreements">
              {[
                { organisation: tandem.bestPracticeOrganisation, agreement: tandem.bestPracticeAgreement },
                { organisation: tandem.tandemOrganisation, agreement: tandem.tandemAgreement },
              ].map(({ organisation, agreement }) => (
                <li key={organisation.id}>
                  {agreement.agreed && agreement.agreedAt
                    ? t('detail.agreedBy', {
                        organisation: organisation.name,
                        date: formatDay(agreement.agreedAt.slice(0, 10), i18n.language),
                        name: agreement.agreedByName ?? '–',
                      })
                    : t('detail.notAgreed', { organisation: organisation.name })}
                </li>
              ))}
            </ul>
          </dd>
        </div>
        {tandem.startedOn && (
          <div>
            <dt>{t('detail.startedOn')}</dt>
            <dd>{formatDay(tandem.startedOn, i18n.language)}</dd>
          </div>
        )}
        {tandem.endedOn && (
          <div>
            <dt>{t('detail.endedOn')}</dt>
            <dd>{formatDay(tandem.endedOn, i18n.language)}</dd>
          </div>
        )}
        {tandem.suggestionRank != null && tandem.suggestionScore != null && (
          <div>
            <dt>{t('detail.suggestion')}</dt>
            <dd>
              {t('detail.suggestionValue', {
                rank: tandem.suggestionRank,
                score: percentPoints(tandem.suggestionScore, i18n.language),
              })}
            </dd>
          </div>
        )}
        {tandem.selectionReason && (
          <div>
            <dt>{t('detail.selectionReason')}</dt>
            <dd>{tandem.selectionReason}</dd>
          </div>
        )}
        {tandem.cancelReason && (
          <div>
            <dt>{t('detail.cancelReason')}</dt>
            <dd>{tandem.cancelReason}</dd>
          </div>
        )}
      </dl>
      <TandemProgress done={tandem.milestones.done} total={tandem.milestones.total} />
      <TandemWorkflow tandem={tandem} etag={etag} />
      <MilestoneTable tandem={tandem} canEdit={canEditMilestones} />
      <ActivityLog tandemId={tandem.id} canLog={canLog} />
    </div>
  );
}
