import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, loginThroughKeycloak } from './helpers';

// Re-runnable: the corrected session is deleted again at the end.
test('a coach corrects a session of its own: the form opens with the session, the log shows the corrected time', async ({
  page,
}) => {
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
  const notes = `Kurzer Abgleich zum Förderantrag (E2E ${new Date().toISOString()}).`;
  await form.getByLabel('Dauer in Minuten', { exact: true }).fill('45');
  await form.getByLabel('Format', { exact: true }).selectOption({ label: 'Telefon' });
  await form.getByLabel('Notizen', { exact: true }).fill(notes);
  await form.getByRole('button', { name: 'Sitzung speichern' }).click();
  const logged = kalbe.getByRole('table').getByRole('row').filter({ hasText: notes });
  await expect(logged).toContainText('45 Min.');

  await logged.getByRole('button', { name: /^Sitzung vom .* korrigieren$/ }).click();
  const correction = kalbe.getByRole('form', { name: /^Sitzung vom .* korrigieren$/ });
  const duration = correction.getByLabel('Dauer in Minuten', { exact: true });
  await expect(duration).toHaveValue('45');
  await expect(correction.getByLabel('Notizen', { exact: true })).toHaveValue(notes);
  await duration.fill('75');
  await expectNoAxeViolations(page);
  await correction.getByRole('button', { name: 'Korrektur speichern' }).click();
  await expect(kalbe.getByText(/^Sitzung korrigiert: 75 Minuten am /)).toBeVisible();
  await expect(correction).toHaveCount(0);
  await expect(logged).toContainText('75 Min.');

  await logged.getByRole('button', { name: /^Sitzung vom .* löschen$/ }).click();
  const dialog = page.getByRole('dialog', { name: /^Löschen: Sitzung vom / });
  await expect(dialog).toContainText('75 Minuten');
  await dialog.getByRole('button', { name: 'Ja, Löschen' }).click();
  await expect(logged).toHaveCount(0);
});

test("a partner sees its organisation's coaching hours per topic and the sessions held, without changing them", async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await loginThroughKeycloak(page, 'partner', 'partner');
  await expect(page.getByRole('banner').getByRole('button', { name: 'Abmelden' })).toBeVisible();
  await page.goto('/my-organisation');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  const coaching = page.getByRole('region', { name: 'Coaching unserer Organisation' });
  const topics = coaching.getByRole('table', { name: 'Stundenbudget je Thema' });
  await expect(topics).toBeVisible();
  const development = topics.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Organisationsentwicklung' }) });
  await expect(development).toContainText(/\d+ Std\./);
  await expect(coaching.getByRole('meter', { name: 'Stundenbudget' })).toBeVisible();
  await expect(coaching.getByRole('heading', { name: 'Gehaltene Sitzungen' })).toBeVisible();
  await expect(coaching.getByRole('heading', { name: /^Organisationsentwicklung mit / })).toBeVisible();
  await expect(coaching.getByRole('button', { name: /korrigieren|löschen/ })).toHaveCount(0);
  await expectNoAxeViolations(page);
});
