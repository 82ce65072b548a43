import type { CandidateApplication } from '../api/get-candidate-application';
import type { JurorAssessment } from '../api/get-candidate-assessments';
import type { Criterion } from '../api/get-criteria';
import type { RankedCandidate, Round } from '../api/get-round';
import type { RoundPage } from '../api/get-rounds';

export const ROUND_ID = '9d2f4b6a-7c31-4e58-b0a4-000000002026';
export const KONRAD = '7c1d6a52-0d1e-4c1a-9a01-000000000002';
export const CLARA = '7c1d6a52-0d1e-4c1a-9a01-000000000003';

export const roundPath = `/api/v1/selection-rounds/${ROUND_ID}`;
export const assessmentsPath = (candidateId: string) => `${roundPath}/candidates/${candidateId}/assessments`;
export const myAssessmentPath = (candidateId: string, criterionId: string) => `${assessmentsPath(candidateId)}/${criterionId}`;
export const applicationPath = (candidateId: string) => `${roundPath}/candidates/${candidateId}/application`;
export const decisionPath = (candidateId: string) => `${roundPath}/candidates/${candidateId}/decision`;

export const criteria: Criterion[] = [
  {
    id: 'c0000000-0000-4000-8000-000000000001',
    key: 'EXPERIENCE',
    nameDe: 'Erfahrung',
    nameEn: 'Experience',
    weight: 1,
    position: 1,
    active: true,
    version: 0,
  },
  {
    id: 'c0000000-0000-4000-8000-000000000002',
    key: 'TRANSFERABILITY',
    nameDe: 'Übertragbarkeit',
    nameEn: 'Transferability',
    weight: 1.5,
    position: 2,
    active: true,
    version: 0,
  },
];
const [experience, transferability] = criteria as [Criterion, Criterion];

function candidate(
  index: number,
  name: string,
  town: string,
  state: RankedCandidate['organisation']['state'],
  extra: Partial<RankedCandidate>,
): RankedCandidate {
  return {
    id: `4a7e1c3b-2d5f-4e8a-9b1c-00000000260${index}`,
    roundId: ROUND_ID,
    organisation: { id: `5b0c2d4e-1a01-4f6e-9c10-00000000010${index}`, name, town, state },
    complete: false,
    criteriaScored: 0,
    criteriaTotal: 2,
    jurorCount: 0,
    version: 0,
    ...extra,
  };
}

export const scheune = candidate(1, 'Kulturscheune Beispieldorf (Demo)', 'Beispieldorf', 'MV', {
  weightedScore: 4.3,
  rank: 1,
  complete: true,
  criteriaScored: 2,
  jurorCount: 2,
});
export const medien = candidate(3, 'Medienwerkstatt Testhausen (Demo)', 'Testhausen', 'NI', {
  weightedScore: 3.75,
  rank: 1,
  criteriaScored: 1,
  jurorCount: 1,
});
export const netzwerk = candidate(4, 'Netzwerk Kreativkreis Exempel (Demo)', 'Exempelstadt', 'SN', {});

export function round(candidates: RankedCandidate[] = [scheune, medien, netzwerk]): Round {
  return {
    id: ROUND_ID,
    name: 'Auswahlrunde 2026',
    description: 'Demo: offene Runde mit erfundenen Kandidaturen.',
    status: 'OPEN',
    createdAt: '2026-09-01T09:00:00+02:00',
    version: 1,
    candidates,
  };
}

export const roundPage: RoundPage = {
  items: [
    {
      id: ROUND_ID,
      name: 'Auswahlrunde 2026',
      status: 'OPEN',
      candidateCount: 3,
      decidedCount: 0,
      createdAt: '2026-09-01T09:00:00+02:00',
    },
    {
      id: '9d2f4b6a-7c31-4e58-b0a4-000000002020',
      name: 'Auswahlrunde 2020',
      status: 'CLOSED',
      candidateCount: 6,
      decidedCount: 6,
      createdAt: '2020-06-01T09:00:00+02:00',
    },
  ],
  page: 0,
  size: 20,
  totalItems: 2,
  totalPages: 1,
};

export function assessment(
  candidateId: string,
  criterion: Criterion,
  jurorSubject: string,
  score: number,
  version = 0,
): JurorAssessment {
  return {
    id: `${candidateId.slice(0, 30)}${criterion.position}${jurorSubject.slice(-5)}`,
    candidateId,
    criterion: {
      id: criterion.id,
      key: criterion.key,
      nameDe: criterion.nameDe,
      nameEn: criterion.nameEn,
      weight: criterion.weight,
      active: true,
    },
    jurorSubject,
    jurorName: jurorSubject === KONRAD ? 'Konrad Koordinator (Demo)' : 'Clara Coach (Demo)',
    score,
    evidence: `Begründung ${score}`,
    createdAt: '2026-10-01T10:00:00+02:00',
    updatedAt: '2026-10-01T10:00:00+02:00',
    version,
  };
}

/** Scheune: Erfahrung 5 and 4 (mean 4,5, two jurors), Übertragbarkeit 4 by Konrad only; Medienwerkstatt: one score. */
export const assessmentsByCandidate: Record<string, JurorAssessment[]> = {
  [scheune.id]: [
    assessment(scheune.id, experience, KONRAD, 5),
    assessment(scheune.id, experience, CLARA, 4),
    assessment(scheune.id, transferability, KONRAD, 4, 3),
  ],
  [medien.id]: [assessment(medien.id, transferability, CLARA, 3)],
  [netzwerk.id]: [],
};

/** The application of a candidate as the API answers it; the Scheune's profile is filled in, the others' mostly empty. */
export function application(candidate: RankedCandidate): CandidateApplication {
  const full = candidate.id === scheune.id;
  return {
    candidateId: candidate.id,
    roundId: ROUND_ID,
    organisationId: candidate.organisation.id,
    name: candidate.organisation.name,
    kind: 'ASSOCIATION',
    town: candidate.organisation.town,
    state: candidate.organisation.state,
    settlementType: full ? 'RURAL_MUNICIPALITY' : null,
    submarkets: full ? ['MUSIC', 'PERFORMING_ARTS'] : [],
    foundingYear: full ? 2009 : null,
    teamSize: full ? 12 : null,
    website: full ? 'https://kulturscheune.example' : null,
    summary: full ? 'Konzerte, Theater und Werkstätten in einer umgebauten Scheune.' : null,
    description: full ? '## Vorhaben\n\nWir bauen **Proberäume** für Bands aus der Region aus.' : null,
    descriptionHtml: full ? '<h2>Vorhaben</h2><p>Wir bauen <strong>Proberäume</strong> für Bands aus der Region aus.</p>' : null,
    requestedTopics: [],
  };
}

/** Stub handlers for the board: the round, the active criteria and each candidate's assessments. */
export function boardHandlers(currentRound: () => Round = () => round()) {
  return {
    [roundPath]: () => ({ body: currentRound(), headers: { ETag: '"1"' } }),
    '/api/v1/selection-criteria': () => ({
      body: { items: criteria, page: 0, size: 100, totalItems: criteria.length, totalPages: 1 },
    }),
    ...Object.fromEntries(
      Object.entries(assessmentsByCandidate).map(([candidateId, items]) => [
        assessmentsPath(candidateId),
        () => ({ body: { candidateId, items } }),
      ]),
    ),
    ...Object.fromEntries(
      [scheune, medien, netzwerk].map((candidate) => [applicationPath(candidate.id), () => ({ body: application(candidate) })]),
    ),
  };
}

export { experience, transferability };
