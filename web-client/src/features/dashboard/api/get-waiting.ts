import { useQueries } from '@tanstack/react-query';
import type { ApiClient } from '@/lib/api/client';
import { useApiClient } from '@/lib/api/api-context';
import { unwrap } from '@/lib/api/problem';
import type { components } from '@/lib/api/schema';

type RoundSummary = components['schemas']['RoundSummary'];
type TandemSummary = components['schemas']['TandemSummary'];
type Assignment = components['schemas']['CoachingAssignmentSummary'];
type Json = { headers: { Accept: 'application/json' } };
const JSON_ONLY: Json = { headers: { Accept: 'application/json' } };
/** The API's largest page: tandems and assignments are read in one page and filtered here. */
const MAX_PAGE = 100;
/** Share of an hour budget from which it counts as nearly used up. */
export const NEARLY_USED_SHARE = 0.8;

export async function countConceptsInReview(api: ApiClient): Promise<number> {
  const page = unwrap(
    await api.GET('/api/v1/transfer-concepts', { params: { query: { status: 'IN_REVIEW', page: 0, size: 1 } }, ...JSON_ONLY }),
  );
  return page.totalItems;
}

export async function countModulesInReview(api: ApiClient): Promise<number> {
  const page = unwrap(
    await api.GET('/api/v1/learning-modules', { params: { query: { status: ['IN_REVIEW'], page: 0, size: 1 } }, ...JSON_ONLY }),
  );
  return page.totalItems;
}

export async function countPeriods(api: ApiClient, status: 'OPEN' | 'SUBMITTED'): Promise<number> {
  const page = unwrap(
    await api.GET('/api/v1/reporting-periods', { params: { query: { status, page: 0, size: 1 } }, ...JSON_ONLY }),
  );
  return page.totalItems;
}

export type RoundWaiting = { round: RoundSummary; toScore: number; toDecide: number };

/** Open rounds with their candidates not yet fully scored and not yet decided. */
export async function openRoundsWaiting(api: ApiClient): Promise<RoundWaiting[]> {
  const rounds = unwrap(
    await api.GET('/api/v1/selection-rounds', { params: { query: { status: 'OPEN', page: 0, size: 20 } }, ...JSON_ONLY }),
  ).items;
  return Promise.all(
    rounds.map(async (round) => {
      const detail = unwrap(await api.GET('/api/v1/selection-rounds/{roundId}', { params: { path: { roundId: round.id } } }));
      const undecided = detail.candidates.filter((candidate) => !candidate.decision);
      return { round, toScore: undecided.filter((candidate) => !candidate.complete).length, toDecide: undecided.length };
    }),
  );
}

/** Active tandems with at least one overdue milestone. */
export async function tandemsWithOverdueMilestones(api: ApiClient): Promise<TandemSummary[]> {
  const page = unwrap(
    await api.GET('/api/v1/tandems', { params: { query: { status: 'ACTIVE', page: 0, size: MAX_PAGE } }, ...JSON_ONLY }),
  );
  return page.items.filter((tandem) => tandem.overdueMilestones > 0);
}

/** Assignments whose hours are over budget or at 80 % of it or more. */
export async function budgetsNearlyUsed(api: ApiClient): Promise<Assignment[]> {
  const page = unwrap(
    await api.GET('/api/v1/coaching-assignments', { params: { query: { page: 0, size: MAX_PAGE } }, ...JSON_ONLY }),
  );
  return page.items.filter(
    (assignment) =>
      assignment.overBudget || (assignment.hourBudget > 0 && assignment.hoursUsed / assignment.hourBudget >= NEARLY_USED_SHARE),
  );
}

/**
 * What waits for a staff member or a coach, read from the lists the API already serves (each call sees only
 * what the caller may see). Staff see every part; coaches the parts their role can read.
 */
export function useWaiting({ staff, coach }: { staff: boolean; coach: boolean }) {
  const api = useApiClient();
  const juror = staff || coach;
  const [concepts, modules, periodsOpen, periodsSubmitted, rounds, tandems, budgets] = useQueries({
    queries: [
      { queryKey: ['dashboard', 'concepts'], queryFn: () => countConceptsInReview(api), enabled: juror },
      { queryKey: ['dashboard', 'modules'], queryFn: () => countModulesInReview(api), enabled: staff },
      { queryKey: ['dashboard', 'periods', 'OPEN'], queryFn: () => countPeriods(api, 'OPEN'), enabled: staff },
      { queryKey: ['dashboard', 'periods', 'SUBMITTED'], queryFn: () => countPeriods(api, 'SUBMITTED'), enabled: staff },
      { queryKey: ['dashboard', 'rounds'], queryFn: () => openRoundsWaiting(api), enabled: juror },
      { queryKey: ['dashboard', 'tandems'], queryFn: () => tandemsWithOverdueMilestones(api), enabled: juror },
      { queryKey: ['dashboard', 'budgets'], queryFn: () => budgetsNearlyUsed(api), enabled: juror },
    ],
  });
  return { concepts, modules, periodsOpen, periodsSubmitted, rounds, tandems, budgets };
}
