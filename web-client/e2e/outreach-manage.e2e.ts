import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, loginThroughKeycloak } from './helpers';

// Writes to the demo world: `make test` gives the end-to-end API a fresh database each run.
// 2018-01-08..12 lies in the open period "Zweite 100 Tage" after the demo's 26 weekly reach counts.
test('the coordinator enters a measurement and locks a reporting period', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await loginThroughKeycloak(page, 'coordinator', 'coordinator');
  await expect(page.getByRole('banner').getByRole('button', { name: 'Abmelden' })).toBeVisible();

  await page.goto('/outreach/manage');
  await expect(page.getByRole('heading', { level: 1, name: 'Kennzahlen erfassen' })).toBeVisible();
  await expectNoAxeViolations(page);

  const main = page.getByRole('main');
  await main.getByLabel('Kennzahl', { exact: true }).selectOption({ value: 'actors_reached' });
  await main.getByLabel('Bereich', { exact: true }).selectOption({ label: 'Kreatives Sachsen' });
  await main.getByLabel('Gilt von', { exact: true }).fill('2018-01-08');
  await main.getByLabel('Gilt bis', { exact: true }).fill('2018-01-12');
  await main.getByLabel('Wert', { exact: true }).fill('42');
  await main.getByRole('button', { name: 'Wert speichern' }).click();
  await expect(main.getByText('Der Wert wurde gespeichert.')).toBeVisible();

  for (const step of ['Einreichen', 'Freigeben', 'Abschließen']) {
    await main.getByRole('button', { name: `${step}: Zweite 100 Tage` }).click();
  }
  const row = main.getByRole('row').filter({ hasText: 'Zweite 100 Tage' });
  await expect(row).toContainText('Abgeschlossen');
  await expect(main.getByRole('button', { name: /: Zweite 100 Tage$/ })).toHaveCount(0);
});
