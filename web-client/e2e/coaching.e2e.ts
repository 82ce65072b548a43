import { expect, test, type Locator } from '@playwright/test';
import { expectNoAxeViolations, loginThroughKeycloak } from './helpers';

/** "4,5 von 20 Stunden" → 4.5 */
async function hoursUsed(budgetText: Locator): Promise<number> {
  const text = (await budgetText.textContent()) ?? '';
  const match = /^([\d.]*\d(?:,\d+)?) von /.exec(text.trim());
  if (!match) throw new Error(`Unexpected budget text: "${text}"`);
  return Number(match[1]!.replace(/\./g, '').replace(',', '.'));
}

// Compares the hours before and after, so it passes again on a database where it already ran.
test('coach logs a 90-minute session for Künstlerstadt Kalbe e.V. and its hours grow by 1.5', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await loginThroughKeycloak(page, 'coach', 'coach');
  const banner = page.getByRole('banner');
  await expect(banner).toContainText('Clara Coach (Demo)');

  await banner.getByRole('link', { name: 'Meine Partner' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Meine Partner' })).toBeVisible();
  await expect(page.getByRole('region', { name: /^Künstlerkolonie Fichtelgebirge e\.V\. Thema: / })).toBeVisible();

  const kalbe = page.getByRole('region', { name: 'Künstlerstadt Kalbe e.V. Thema: Organisationsentwicklung', exact: true });
  const budgetText = kalbe.getByText(/^[\d.,]+ von [\d.,]+ Stunden$/);
  await expect(budgetText).toBeVisible();
  await expect(kalbe.getByRole('meter', { name: 'Stundenbudget' })).toHaveAttribute(
    'aria-valuetext',
    (await budgetText.textContent())!,
  );
  const before = await hoursUsed(budgetText);

  await kalbe.getByRole('button', { name: /^Sitzung erfassen/ }).click();
  const form = kalbe.getByRole('form', { name: 'Neue Sitzung' });
  const notes = `Finanzplan und Rollen im Vorstand besprochen (E2E ${new Date().toISOString()}).`;
  await form.getByLabel('Dauer in Minuten', { exact: true }).fill('90');
  await form.getByLabel('Format', { exact: true }).selectOption({ label: 'Video' });
  await form.getByLabel('Notizen', { exact: true }).fill(notes);
  await form.getByLabel('Nächste Schritte', { exact: true }).fill('Entwurf des Finanzplans an den Vorstand schicken.');
  await form.getByRole('button', { name: 'Sitzung speichern' }).click();

  await expect(kalbe.getByRole('status')).toContainText('Sitzung gespeichert: 90 Minuten');
  const logged = kalbe
    .getByRole('table', { name: /^Sitzungen mit Künstlerstadt Kalbe e\.V\./ })
    .getByRole('row')
    .filter({ hasText: notes });
  await expect(logged).toBeVisible();
  await expect(logged).toContainText('90 Min.');
  await expect(logged).toContainText('Video');
  await expect(logged).toContainText('Organisationsentwicklung');

  await expect.poll(() => hoursUsed(budgetText)).toBeCloseTo(before + 1.5, 2);
  await expect(kalbe.getByRole('meter', { name: 'Stundenbudget' })).toHaveAttribute(
    'aria-valuetext',
    (await budgetText.textContent())!,
  );

  await expectNoAxeViolations(page);
});

// Re-runnable: the over-budget session is deleted again at the end (through the shared confirmation).
test('a session beyond the remaining hours needs a confirmed reason, and the coach can delete it again', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await loginThroughKeycloak(page, 'coach', 'coach');
  const banner = page.getByRole('banner');
  await expect(banner).toContainText('Clara Coach (Demo)');
  await banner.getByRole('link', { name: 'Meine Partner' }).click();

  const kalbe = page.getByRole('region', { name: 'Künstlerstadt Kalbe e.V. Thema: Organisationsentwicklung', exact: true });
  await expect(kalbe.getByText(/^[\d.,]+ von [\d.,]+ Stunden$/)).toBeVisible();
  await kalbe.getByRole('button', { name: /^Sitzung erfassen/ }).click();
  const form = kalbe.getByRole('form', { name: 'Neue Sitzung' });
  const notes = `Ganztägige Klausur (E2E ${new Date().toISOString()}).`;
  await form.getByLabel('Dauer in Minuten', { exact: true }).fill('1440');
  await form.getByLabel('Format', { exact: true }).selectOption({ label: 'Video' });
  await form.getByLabel('Notizen', { exact: true }).fill(notes);

  // 24 hours against the hours left: the form asks for a reason, and the API refuses the session without one
  const reason = form.getByLabel('Überschreitung bestätigen: Begründung (Pflichtfeld)');
  await expect(reason).toBeVisible();
  await expect(form).toContainText('Diese Sitzung geht über das Budget hinaus');
  await form.getByRole('button', { name: 'Sitzung speichern' }).click();
  await expect(reason).toHaveAttribute('aria-invalid', 'true');
  await expect(form).toContainText('Bestätigen Sie sie mit einer Begründung');
  await expect(kalbe.getByRole('table').getByRole('row').filter({ hasText: notes })).toHaveCount(0);

  await reason.fill('Klausur vor der Förderfrist, mit dem Projektträger abgestimmt.');
  await form.getByRole('button', { name: 'Sitzung speichern' }).click();
  await expect(kalbe.getByRole('status').first()).toContainText('Sitzung gespeichert: 1440 Minuten');
  const logged = kalbe.getByRole('table').getByRole('row').filter({ hasText: notes });
  await expect(logged).toContainText('Über Budget erfasst: Klausur vor der Förderfrist');
  // the budget says the overrun honestly, never "x von y Stunden" beyond the budget
  await expect(kalbe.getByText(/Stunden genutzt bei [\d.,]+ Stunden Budget$/)).toBeVisible();
  await expect(kalbe).toContainText('Budget überschritten');
  await expectNoAxeViolations(page);

  await logged.getByRole('button', { name: /^Sitzung vom .* löschen$/ }).click();
  const dialog = page.getByRole('dialog', { name: /^Löschen: Sitzung vom / });
  await expect(dialog).toContainText('1440 Minuten');
  await expect(dialog).toContainText('nicht rückgängig');
  await dialog.getByRole('button', { name: 'Ja, Löschen' }).click();
  await expect(logged).toHaveCount(0);
  await expect(kalbe.getByText(/^[\d.,]+ von [\d.,]+ Stunden$/)).toBeVisible();
});
