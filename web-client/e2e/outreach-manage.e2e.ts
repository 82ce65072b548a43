import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, loginThroughKeycloak } from './helpers';

// Writes to the demo world: `make test` gives the end-to-end API a fresh database each run.
// 2018-01-08..12 lies in the open period "Zweite 100 Tage" after the demo's 26 weekly reach counts.
test('the coordinator enters a measurement, a second coordinator approves and locks the period', async ({ page, browser }) => {
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

  await main.getByRole('button', { name: 'Einreichen: Zweite 100 Tage' }).click();
  const row = main.getByRole('row').filter({ hasText: 'Zweite 100 Tage' });
  await expect(row).toContainText('Eingereicht');
  // four eyes: whoever submitted is not offered the approval and is told why
  await expect(row).toContainText('Freigeben muss eine zweite Person');
  await expect(main.getByRole('button', { name: 'Freigeben: Zweite 100 Tage' })).toHaveCount(0);
  await expect(main.getByRole('button', { name: 'Wieder öffnen: Zweite 100 Tage' })).toBeVisible();

  const second = await (await browser.newContext()).newPage();
  await second.goto('/');
  await expect(second.getByRole('heading', { level: 1 })).toBeVisible();
  await loginThroughKeycloak(second, 'coordinator2', 'coordinator2');
  await expect(second.getByRole('banner').getByRole('button', { name: 'Abmelden' })).toBeVisible();
  await second.goto('/outreach/manage');
  const secondMain = second.getByRole('main');
  await secondMain.getByRole('button', { name: 'Freigeben: Zweite 100 Tage' }).click();
  const secondRow = secondMain.getByRole('row').filter({ hasText: 'Zweite 100 Tage' });
  await expect(secondRow).toContainText('Freigegeben');

  // locking is final: a dialog says what happens to which period before anything changes
  await secondMain.getByRole('button', { name: 'Abschließen: Zweite 100 Tage' }).click();
  const dialog = second.getByRole('dialog', { name: 'Abschließen: Zeitraum „Zweite 100 Tage“?' });
  await expect(dialog).toContainText('endgültig festgeschrieben');
  await expect(dialog).toContainText('nicht rückgängig');
  await expectNoAxeViolations(second);
  await dialog.getByRole('button', { name: 'Zurück' }).click();
  await expect(secondRow).toContainText('Freigegeben');
  await secondMain.getByRole('button', { name: 'Abschließen: Zweite 100 Tage' }).click();
  await second.getByRole('dialog').getByRole('button', { name: 'Ja, Abschließen' }).click();
  await expect(secondRow).toContainText('Abgeschlossen');
  await expect(secondMain.getByRole('button', { name: /: Zweite 100 Tage$/ })).toHaveCount(0);
  await second.context().close();
});
