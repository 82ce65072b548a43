import type { LearningModuleDetail } from '../api/get-learning-module';
import type { LearningModulePage, LearningModuleSummary } from '../api/get-learning-modules';
import type { LearningPathDetail, LearningPathPage, PathProgress } from '../api/get-learning-paths';

export const MODULE_ID = '8e1a0f3c-4d05-4b7e-9c50-000000000001';
export const MODULE_SLUG = 'foerderung-fuer-kulturprojekte-im-laendlichen-raum';
export const SECOND_ID = '8e1a0f3c-4d05-4b7e-9c50-000000000002';
export const PATH_ID = '8e1a0f3c-4d05-4b7e-9c51-000000000002';
export const PATH_SLUG = 'finanzierung-sichern';

export function moduleSummary(overrides: Partial<LearningModuleSummary> = {}): LearningModuleSummary {
  return {
    id: MODULE_ID,
    slug: MODULE_SLUG,
    title: 'Förderung für Kulturprojekte im ländlichen Raum finden',
    summary: 'Welche Förderprogramme zu einem Kulturprojekt auf dem Land passen.',
    format: 'ARTICLE',
    topics: ['FINANCING'],
    submarkets: ['OTHER'],
    level: 'BEGINNER',
    estimatedMinutes: 20,
    licence: 'CC_BY_SA_4_0',
    visibility: 'PUBLIC',
    status: 'PUBLISHED',
    authors: [{ kind: 'COACH', id: '3c0a0c4e-2b02-4f6e-9c20-000000000002', name: 'Fritz Förder (Demo)' }],
    ...overrides,
  };
}

export function modulePage(items = [moduleSummary()]): LearningModulePage {
  return { items, page: 0, size: 20, totalItems: items.length, totalPages: 1 };
}

export function moduleDetail(overrides: Partial<LearningModuleDetail> = {}): LearningModuleDetail {
  const { rank: _rank, snippet: _snippet, ...summary } = moduleSummary();
  return {
    ...summary,
    bodyMarkdown: '## Worum es geht\n\nDie passende **Förderung** finden.\n\n<script>alert(1)</script>',
    bodyHtml: '<h2>Worum es geht</h2><p>Die passende <strong>Förderung</strong> finden.</p>',
    attachments: [],
    allowedTransitions: [],
    editable: false,
    updatedAt: '2025-03-03T10:00:00+01:00',
    ...overrides,
  };
}

export function pathPage(): LearningPathPage {
  return {
    items: [
      { id: PATH_ID, slug: PATH_SLUG, title: 'Finanzierung sichern', visibility: 'PUBLIC', status: 'PUBLISHED', moduleCount: 2 },
    ],
    page: 0,
    size: 100,
    totalItems: 1,
    totalPages: 1,
  };
}

export function pathDetail(): LearningPathDetail {
  return {
    id: PATH_ID,
    slug: PATH_SLUG,
    title: 'Finanzierung sichern',
    introduction: 'Von der ersten **Förderung** bis zum Finanzierungsmix.',
    introductionHtml: '<p>Von der ersten <strong>Förderung</strong> bis zum Finanzierungsmix.</p>',
    visibility: 'PUBLIC',
    status: 'PUBLISHED',
    modules: [
      moduleSummary(),
      moduleSummary({
        id: SECOND_ID,
        slug: 'finanzplan',
        title: 'Finanzplan für ein Kulturprojekt aufstellen',
        format: 'TEMPLATE',
      }),
    ],
    updatedAt: '2025-10-01T10:00:00+02:00',
  };
}

export function pathProgress(doneIds: string[]): PathProgress {
  const modules = pathDetail().modules.map((module) => ({
    moduleId: module.id,
    slug: module.slug,
    title: module.title,
    done: doneIds.includes(module.id),
  }));
  const done = modules.filter((module) => module.done).length;
  return { pathId: PATH_ID, done, total: modules.length, percent: Math.floor((done * 100) / modules.length), modules };
}

/** A draft by the demo coach Clara, as its author reads it: editable, may be submitted. */
export function draftDetail(overrides: Partial<LearningModuleDetail> = {}): LearningModuleDetail {
  return moduleDetail({
    status: 'DRAFT',
    allowedTransitions: ['IN_REVIEW'],
    editable: true,
    authors: [{ kind: 'COACH', id: '3c0a0c4e-2b02-4f6e-9c20-000000000001', name: 'Clara Coach (Demo)' }],
    ...overrides,
  });
}
