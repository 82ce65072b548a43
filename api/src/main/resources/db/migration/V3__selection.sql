-- Selection by criteria: the weighted criteria catalogue, selection rounds with candidate
-- organisations, and the jurors' assessments (score 0–5 with written evidence) per criterion.

CREATE TABLE selection_criterion (
    id              uuid PRIMARY KEY,
    key             text          NOT NULL UNIQUE CHECK (key ~ '^[A-Z][A-Z0-9_]{0,59}$'),
    name_de         text          NOT NULL CHECK (length(name_de) BETWEEN 1 AND 200),
    name_en         text          NOT NULL CHECK (length(name_en) BETWEEN 1 AND 200),
    description_de  text          CHECK (length(description_de) <= 2000),
    description_en  text          CHECK (length(description_en) <= 2000),
    weight          numeric(5,2)  NOT NULL CHECK (weight > 0),
    position        int           NOT NULL CHECK (position BETWEEN 0 AND 10000),
    active          boolean       NOT NULL DEFAULT true,
    version         bigint        NOT NULL DEFAULT 0,
    created_at      timestamptz   NOT NULL DEFAULT now(),
    created_by      text          NOT NULL DEFAULT 'system',
    updated_at      timestamptz   NOT NULL DEFAULT now(),
    updated_by      text          NOT NULL DEFAULT 'system'
);
CREATE INDEX selection_criterion_position_idx ON selection_criterion (position, key);
CREATE INDEX selection_criterion_active_idx ON selection_criterion (active);

-- The eight criteria the pilot published. Transfer is the programme's purpose, so the two
-- transfer criteria weigh 1.5; all others 1.0.
INSERT INTO selection_criterion (id, key, name_de, name_en, description_de, description_en, weight, position) VALUES
  ('3e5a0c1f-5e1c-4b7a-8a03-000000000001', 'EXPERIENCE', 'Mindestens drei Jahre Erfahrung', 'At least three years of experience',
   'Das Projekt arbeitet seit mindestens drei Jahren und kann auf Erfahrungen zurückgreifen.',
   'The project has been running for at least three years and can draw on its experience.', 1.00, 1),
  ('3e5a0c1f-5e1c-4b7a-8a03-000000000002', 'CULTURAL_WORK', 'Bezug zur Kulturarbeit', 'Link to cultural work',
   'Das Projekt ist in der Kultur- und Kreativwirtschaft oder der kulturellen Arbeit verankert.',
   'The project is rooted in the cultural and creative industries or in cultural work.', 1.00, 2),
  ('3e5a0c1f-5e1c-4b7a-8a03-000000000003', 'RURAL_FOCUS', 'Ländlicher Fokus', 'Rural focus',
   'Das Projekt wirkt in ländlichen Räumen oder Kleinstädten.',
   'The project works in rural areas or small towns.', 1.00, 3),
  ('3e5a0c1f-5e1c-4b7a-8a03-000000000004', 'PARTICIPATION', 'Partizipation', 'Participation',
   'Menschen vor Ort gestalten das Projekt mit.',
   'Local people help shape the project.', 1.00, 4),
  ('3e5a0c1f-5e1c-4b7a-8a03-000000000005', 'LONG_TERM_VISION', 'Langfristige Vision', 'Long-term vision',
   'Das Projekt hat eine Perspektive über die Förderung hinaus.',
   'The project has a perspective beyond its funding.', 1.00, 5),
  ('3e5a0c1f-5e1c-4b7a-8a03-000000000006', 'CAPACITY_TO_TRANSFER', 'Transferkapazität', 'Capacity to transfer',
   'Das Team hat Zeit, Wissen und Bereitschaft, Tandempartner zu begleiten.',
   'The team has the time, knowledge and will to mentor tandem partners.', 1.50, 6),
  ('3e5a0c1f-5e1c-4b7a-8a03-000000000007', 'TRANSFERABILITY', 'Übertragbarkeit', 'Transferability',
   'Das Konzept lässt sich an anderen Orten eins zu eins anwenden.',
   'The concept can be applied unchanged in other places.', 1.50, 7),
  ('3e5a0c1f-5e1c-4b7a-8a03-000000000008', 'UNIQUE_SELLING_POINT', 'Alleinstellungsmerkmal', 'Unique selling point',
   'Das Projekt hat etwas, das es von anderen unterscheidet.',
   'The project has something that sets it apart from others.', 1.00, 8);

CREATE TABLE selection_round (
    id           uuid PRIMARY KEY,
    name         text        NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    description  text        CHECK (length(description) <= 2000),
    status       text        NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN','CLOSED')),
    version      bigint      NOT NULL DEFAULT 0,
    created_at   timestamptz NOT NULL DEFAULT now(),
    created_by   text        NOT NULL DEFAULT 'system',
    updated_at   timestamptz NOT NULL DEFAULT now(),
    updated_by   text        NOT NULL DEFAULT 'system'
);
CREATE INDEX selection_round_created_at_idx ON selection_round (created_at DESC, id);
CREATE INDEX selection_round_status_idx ON selection_round (status, created_at DESC, id);

-- decided_weighted_score keeps the weighted score as it stood at the decision, so that later
-- changes to the catalogue's weights do not rewrite a decided ranking.
CREATE TABLE selection_candidate (
    id                      uuid PRIMARY KEY,
    round_id                uuid         NOT NULL REFERENCES selection_round (id),
    organisation_id         uuid         NOT NULL REFERENCES organisation (id),
    decision                text         CHECK (decision IN ('SELECTED','WAITLISTED','REJECTED')),
    rationale               text         CHECK (length(rationale) <= 2000 AND btrim(rationale) <> ''),
    decided_at              timestamptz,
    decided_by              text,
    decided_by_name         text,
    decided_weighted_score  numeric(4,2) CHECK (decided_weighted_score BETWEEN 0 AND 5),
    version                 bigint       NOT NULL DEFAULT 0,
    created_at              timestamptz  NOT NULL DEFAULT now(),
    created_by              text         NOT NULL DEFAULT 'system',
    updated_at              timestamptz  NOT NULL DEFAULT now(),
    updated_by              text         NOT NULL DEFAULT 'system',
    UNIQUE (round_id, organisation_id),
    CONSTRAINT selection_candidate_decision_complete CHECK (
        (decision IS NULL AND rationale IS NULL AND decided_at IS NULL AND decided_by IS NULL)
        OR (decision IS NOT NULL AND rationale IS NOT NULL AND decided_at IS NOT NULL AND decided_by IS NOT NULL))
);
CREATE INDEX selection_candidate_organisation_idx ON selection_candidate (organisation_id);
CREATE INDEX selection_candidate_decision_idx ON selection_candidate (round_id, decision);

CREATE TABLE assessment (
    id             uuid PRIMARY KEY,
    candidate_id   uuid        NOT NULL REFERENCES selection_candidate (id),
    criterion_id   uuid        NOT NULL REFERENCES selection_criterion (id),
    juror_subject  text        NOT NULL CHECK (length(juror_subject) BETWEEN 1 AND 255),
    juror_name     text        NOT NULL CHECK (length(juror_name) BETWEEN 1 AND 255),
    score          int         NOT NULL CHECK (score BETWEEN 0 AND 5),
    evidence       text        NOT NULL CHECK (length(evidence) <= 5000 AND btrim(evidence) <> ''),
    version        bigint      NOT NULL DEFAULT 0,
    created_at     timestamptz NOT NULL DEFAULT now(),
    updated_at     timestamptz NOT NULL DEFAULT now(),
    UNIQUE (candidate_id, criterion_id, juror_subject)
);
CREATE INDEX assessment_criterion_idx ON assessment (criterion_id);
CREATE INDEX assessment_juror_idx ON assessment (juror_subject);
