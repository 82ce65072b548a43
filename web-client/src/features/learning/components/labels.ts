import type { Licence, ModuleFormat, ModuleLevel } from '../api/get-learning-modules';

/** Every format and level in display order (records, so the type checker notices a new contract value). */
export const MODULE_FORMATS = Object.keys({
  ARTICLE: true,
  CHECKLIST: true,
  TEMPLATE: true,
  VIDEO_LINK: true,
  CASE_STUDY: true,
} satisfies Record<ModuleFormat, true>) as ModuleFormat[];

export const MODULE_LEVELS = Object.keys({
  BEGINNER: true,
  INTERMEDIATE: true,
  ADVANCED: true,
} satisfies Record<ModuleLevel, true>) as ModuleLevel[];

/** The licence deeds in German; all rights reserved has none. */
export const LICENCE_URLS: Record<Licence, string | undefined> = {
  CC_BY_SA_4_0: 'https://creativecommons.org/licenses/by-sa/4.0/deed.de',
  CC_BY_4_0: 'https://creativecommons.org/licenses/by/4.0/deed.de',
  CC0_1_0: 'https://creativecommons.org/publicdomain/zero/1.0/deed.de',
  ALL_RIGHTS_RESERVED: undefined,
};
