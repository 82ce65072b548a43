import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, loginThroughKeycloak } from './helpers';

// The demo round "Auswahlrunde 2026" has four undecided "(Demo)" candidates. Deciding one makes it a
// best-practice partner, so the test picks whichever candidate is still undecided: it passes again
// on a database where it already ran.
test('coordinator sees ranking and matrix of "Auswahlrunde 2026" and selects a candidate with a rationale', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await loginThroughKeycloak(page, 'coordinator', 'coordinator');
  const banner = page.getByRole('banner');
  await expect(banner.getByRole('button', { name: 'Abmelden' })).toBeVisible();

  await banner.getByRole('link', { name: 'Auswahl' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Auswahlrunden' })).toBeVisible();
  await page
    .getByRole('table', { name: 'Auswahlrunden, neueste zuerst' })
    .getByRole('link', { name: 'Auswahlrunde 2026' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Auswahlrunde 2026' })).toBeVisible();

  // Ranking: four demo candidates, the best scored one ranked 1.
  const ranking = page.getByRole('table', { name: /^Rangliste/ });
  const rankingRows = ranking.locator('tbody tr');
  await expect(rankingRows).toHaveCount(4);
  for (const row of await rankingRows.all()) {
    await expect(row.getByRole('rowheader')).toContainText('(Demo)');
  }
  await expect(rankingRows.first().getByRole('cell').first()).toHaveText('1');

  // Matrix: a row per candidate, a column per active criterion, mean scores with juror counts.
  const matrix = page.getByRole('table', { name: /^Bewertungsmatrix/ });
  await expect(matrix.locator('tbody tr')).toHaveCount(4);
  expect(await matrix.getByRole('columnheader').count()).toBeGreaterThan(1);
  await expect(matrix.getByText('2 Jurymitglieder').first()).toBeVisible();
  await expect(matrix.getByText(/^Ihre Punktzahl: \d$/).first()).toBeVisible();

  // Decide the first candidate that is still undecided.
  const undecided = rankingRows.filter({ has: page.getByRole('button', { name: /^Entscheiden über / }) }).first();
  const name = (await undecided.getByRole('rowheader').textContent())!.trim();
  await undecided.getByRole('button', { name: /^Entscheiden über / }).click();

  const dialog = page.getByRole('dialog', { name: `Entscheidung: ${name}` });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('radio', { name: 'Ausgewählt' }).check();
  await dialog.getByRole('button', { name: 'Entscheidung speichern' }).click();
  await expect(dialog.getByText('Bitte begründen Sie die Entscheidung.')).toBeVisible();

  const rationale = `Überzeugendes, gut übertragbares Konzept (E2E ${new Date().toISOString()}).`;
  await dialog.getByRole('textbox', { name: 'Begründung' }).fill(rationale);
  await dialog.getByRole('button', { name: 'Entscheidung speichern' }).click();
  await expect(dialog).toBeHidden();

  const decided = ranking.getByRole('row').filter({ has: page.getByRole('rowheader', { name, exact: true }) });
  await expect(decided).toContainText('Ausgewählt');
  await expect(decided).toContainText(rationale);
  await expect(decided).toContainText('Entschieden von Konrad Koordinator (Demo)');
  await expect(decided.getByRole('button', { name: /^Entscheiden/ })).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'Entscheidung gespeichert' })).toHaveText(
    `Entscheidung gespeichert: ${name} – Ausgewählt.`,
  );

  await expectNoAxeViolations(page);
});
