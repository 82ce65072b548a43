import { useQueries } from '@tanstack/react-query';
import { useApiClient } from '@/lib/api/api-context';
import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { endpointQuery } from '@/lib/api/query';
import type { components } from '@/lib/api/schema';
import { roundQueryKey } from './get-round';

export type AssessmentList = components['schemas']['AssessmentList'];
export type JurorAssessment = components['schemas']['JurorAssessment'];

export function candidateAssessmentsQueryKey(roundId: string, candidateId: string) {
  return [...roundQueryKey(roundId), 'candidates', candidateId, 'assessments'] as const;
}

export async function getCandidateAssessments(api: ApiClient, roundId: string, candidateId: string): Promise<AssessmentList> {
  return unwrap(
    await api.GET('/api/v1/selection-rounds/{roundId}/candidates/{candidateId}/assessments', {
      params: { path: { roundId, candidateId } },
    }),
  );
}

export const getCandidateAssessmentsQueryOptions = endpointQuery(candidateAssessmentsQueryKey, getCandidateAssessments);

/** Every juror's assessments of each candidate, one request per candidate, in the candidates' order. */
export function useCandidatesAssessments(roundId: string, candidateIds: string[]) {
  const api = useApiClient();
  return useQueries({
    queries: candidateIds.map((candidateId) => getCandidateAssessmentsQueryOptions(api, roundId, candidateId)),
  });
}
