import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export const PARTNERS = [
  { name: 'Künstlerstadt Kalbe e.V.', town: 'Kalbe (Milde)' },
  { name: 'Künstlerkolonie Fichtelgebirge e.V.', town: 'Wunsiedel' },
  { name: 'Haldern Pop', town: 'Rees' },
  { name: 'Kulturfeld Eschwege', town: 'Eschwege' },
  { name: 'UpZent: Upcycling Zentrum', town: 'Neunkirchen' },
  { name: 'E-WERK Luckenwalde', town: 'Luckenwalde' },
] as const;

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Runs axe on the page once its h1 is visible; fails listing every violation. */
export async function expectNoAxeViolations(page: Page) {
  await expect(page.locator('h1')).toBeVisible();
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const summary = results.violations.map(
    (violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
  );
  expect(summary).toEqual([]);
}

export async function loginThroughKeycloak(page: Page, username: string, password: string) {
  await page.getByRole('banner').getByRole('button', { name: 'Anmelden' }).click();
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(password);
  await page.locator('#kc-login').click();
}

/** A team size no earlier run has saved (the e2e database may be reused): changes every second. */
export function uniqueTeamSize(offset = 0): number {
  return 1000 + ((Math.floor(Date.now() / 1000) + offset) % 90_000);
}

/** Logs in from the start page and opens "Meine Organisation" through the header; returns its team size field. */
export async function openMyOrganisation(page: Page, username: string, password = username) {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await loginThroughKeycloak(page, username, password);
  const banner = page.getByRole('banner');
  await expect(banner.getByRole('button', { name: 'Abmelden' })).toBeVisible();
  await banner.getByRole('link', { name: 'Meine Organisation' }).click();
  await expect(page).toHaveURL(/\/my-organisation$/);
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { level: 1, name: 'Meine Organisation' })).toBeVisible();
  const teamSize = main.getByRole('textbox', { name: 'Teamgröße', exact: true });
  await expect(teamSize).toBeVisible();
  return { main, teamSize };
}
