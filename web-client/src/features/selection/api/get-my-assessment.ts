import type { ApiClient } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import { endpointQuery, useApiQuery } from '@/lib/api/query';
import type { JurorAssessment } from './get-candidate-assessments';
import { candidateAssessmentsQueryKey } from './get-candidate-assessments';

export type AssessmentTarget = { roundId: string; candidateId: string; criterionId: string };
/** The caller's own assessment with the ETag to send as If-Match when changing it. */
export type OwnAssessment = { assessment: JurorAssessment; etag: string };

/** The caller's own assessment, or null when the caller has not scored this criterion yet (404). */
export async function getMyAssessment(
  api: ApiClient,
  { roundId, candidateId, criterionId }: AssessmentTarget,
): Promise<OwnAssessment | null> {
  const result = await api.GET('/api/v1/selection-rounds/{roundId}/candidates/{candidateId}/assessments/{criterionId}', {
    params: { path: { roundId, candidateId, criterionId } },
  });
  if (result.response.status === 404) return null;
  const assessment = unwrap(result);
  // The API's ETag is the quoted version; fall back to it if a proxy drops the header.
  return { assessment, etag: result.response.headers.get('ETag') ?? `"${assessment.version}"` };
}

export function myAssessmentQueryKey({ roundId, candidateId, criterionId }: AssessmentTarget) {
  return [...candidateAssessmentsQueryKey(roundId, candidateId), criterionId, 'mine'] as const;
}

export const getMyAssessmentQueryOptions = endpointQuery(myAssessmentQueryKey, getMyAssessment, {
  // The ETag must be current when the dialog opens.
  staleTime: 0,
});

export function useMyAssessment(target: AssessmentTarget) {
  return useApiQuery((api) => getMyAssessmentQueryOptions(api, target));
}
