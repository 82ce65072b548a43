import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router';
import { ErrorMessage } from '@/components/ErrorMessage';
import { Loading } from '@/components/Loading';
import { PageHeading } from '@/components/PageHeading';
import { RequireRole } from '@/components/RequireRole';
import { useAuth } from '@/lib/auth-context';
import { useWaiting } from '../api/get-waiting';
import '../dashboard.css';

export const DASHBOARD_ROLES = ['admin', 'coordinator', 'coach'] as const;

/** One part of the dashboard: a heading, and its items once loaded. */
function Part<T>({ title, query, children }: { title: string; query: UseQueryResult<T>; children: (data: T) => ReactNode }) {
  const { t } = useTranslation('dashboard');
  return (
    <section className="panel dashboard-part" aria-label={title}>
      <h2>{title}</h2>
      {query.isPending ? (
        <Loading label={t('loading')} />
      ) : query.isError ? (
        <ErrorMessage error={query.error} />
      ) : (
        children(query.data)
      )}
    </section>
  );
}

/** A count with its link, or "nothing waiting". */
function CountLink({ count, to, text, none }: { count: number; to: string; text: string; none: string }) {
  if (count === 0) return <p className="dashboard-none">{none}</p>;
  return (
    <p>
      <Link to={to} className="dashboard-count">
        {text}
      </Link>
    </p>
  );
}

/** What waits for staff (and coaches) on sign-in: reviews, scores, periods, overdue milestones and budgets, each a link. */
export function DashboardPage() {
  const { t, i18n } = useTranslation('dashboard');
  const auth = useAuth();
  const staff = auth.authenticated && (auth.hasRole('admin') || auth.hasRole('coordinator'));
  const coach = auth.authenticated && auth.hasRole('coach');
  const waiting = useWaiting({ staff, coach });
  const hours = (value: number) => value.toLocaleString(i18n.language, { maximumFractionDigits: 2 });

  if (auth.authenticated && !staff && !coach) return <Navigate to="/" replace />;
  return (
    <div className="content">
      <PageHeading title={t('title')}>{t('title')}</PageHeading>
      <RequireRole roles={DASHBOARD_ROLES} messages={{ forbidden: t('forbidden') }}>
        <p className="lead">{t('intro', { name: auth.userName ?? '' })}</p>
        <div className="dashboard-grid">
          <Part title={t('concepts.title')} query={waiting.concepts}>
            {(count) => (
              <CountLink
                count={count}
                to="/concepts?status=IN_REVIEW"
                text={t('concepts.count', { count })}
                none={t('concepts.none')}
              />
            )}
          </Part>
          {staff && (
            <Part title={t('modules.title')} query={waiting.modules}>
              {(count) => (
                <CountLink count={count} to="/learning/authoring" text={t('modules.count', { count })} none={t('modules.none')} />
              )}
            </Part>
          )}
          <Part title={t('rounds.title')} query={waiting.rounds}>
            {(rounds) =>
              rounds.every((entry) => entry.toDecide === 0) ? (
                <p className="dashboard-none">{t('rounds.none')}</p>
              ) : (
                <ul>
                  {rounds
                    .filter((entry) => entry.toDecide > 0)
                    .map(({ round, toScore, toDecide }) => (
                      <li key={round.id}>
                        <Link to={`/selection/${round.id}`}>
                          {staff
                            ? t('rounds.staffItem', { round: round.name, toScore, count: toDecide })
                            : t('rounds.coachItem', { round: round.name, count: toScore })}
                        </Link>
                      </li>
                    ))}
                </ul>
              )
            }
          </Part>
          {staff && (
            <Part title={t('periods.title')} query={waiting.periodsOpen}>
              {(open) => (
                <>
                  <CountLink
                    count={open}
                    to="/outreach/manage"
                    text={t('periods.open', { count: open })}
                    none={t('periods.noneOpen')}
                  />
                  {waiting.periodsSubmitted.isSuccess && (
                    <CountLink
                      count={waiting.periodsSubmitted.data}
                      to="/outreach/manage"
                      text={t('periods.submitted', { count: waiting.periodsSubmitted.data })}
                      none={t('periods.noneSubmitted')}
                    />
                  )}
                </>
              )}
            </Part>
          )}
          <Part title={t('tandems.title')} query={waiting.tandems}>
            {(tandems) =>
              tandems.length === 0 ? (
                <p className="dashboard-none">{t('tandems.none')}</p>
              ) : (
                <ul>
                  {tandems.map((tandem) => (
                    <li key={tandem.id}>
                      <Link to={`/tandems/${tandem.id}`}>
                        {t('tandems.item', {
                          bestPractice: tandem.bestPracticeOrganisation.name,
                          tandem: tandem.tandemOrganisation.name,
                          count: tandem.overdueMilestones,
                        })}
                      </Link>
                    </li>
                  ))}
                </ul>
              )
            }
          </Part>
          <Part title={t('budgets.title')} query={waiting.budgets}>
            {(assignments) =>
              assignments.length === 0 ? (
                <p className="dashboard-none">{t('budgets.none')}</p>
              ) : (
                <ul>
                  {assignments.map((assignment) => (
                    <li key={assignment.id}>
                      <Link to={staff ? '/admin/coaching-assignments' : '/coaching'}>
                        {t(assignment.overBudget ? 'budgets.over' : 'budgets.item', {
                          coach: assignment.coach.name,
                          organisation: assignment.organisation.name,
                          used: hours(assignment.hoursUsed),
                          budget: hours(assignment.hourBudget),
                        })}
                      </Link>
                    </li>
                  ))}
                </ul>
              )
            }
          </Part>
        </div>
      </RequireRole>
    </div>
  );
}
