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
