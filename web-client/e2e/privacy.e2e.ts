import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, loginThroughKeycloak } from './helpers';

// Felix Fichte is an invented contact person of Fichtelgebirge that no other browser test reads.
const EMAIL = 'felix.fichte@demo.kreativland.example';

test('admin finds a person, reads the export and erases the person after confirming', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await loginThroughKeycloak(page, 'admin', 'admin');
  const banner = page.getByRole('banner');
  await expect(banner.getByRole('button', { name: 'Abmelden' })).toBeVisible();

  await page.getByRole('link', { name: 'Datenschutz' }).click();
  await expect(page).toHaveURL(/\/privacy$/);
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { level: 1, name: 'Personenbezogene Daten' })).toBeVisible();
  await expectNoAxeViolations(page);

  await main.getByLabel(/^E-Mail-Adresse/).fill(EMAIL);
  await main.getByRole('button', { name: 'Daten anzeigen' }).click();
  await expect(main.getByRole('heading', { level: 2, name: /(Datensatz nennt|Datensätze nennen) diese Person/ })).toBeVisible();
  await expect(main.getByRole('table', { name: /Gespeicherte Daten nach Tabelle/ })).toContainText('contact_person');
  await expect(main).toContainText('Felix Fichte (Demo)');
  await expect(main.getByRole('button', { name: 'Auskunft herunterladen (JSON)' })).toBeVisible();
  await expectNoAxeViolations(page);

  await main.getByRole('button', { name: 'Person löschen …' }).click();
  const dialog = page.getByRole('dialog', { name: 'Person endgültig löschen' });
  await expect(dialog).toBeVisible();
  await expectNoAxeViolations(page);
  const confirmation = dialog.getByRole('textbox');
  await confirmation.fill('jemand@anderes.example');
  await dialog.getByRole('button', { name: 'Endgültig löschen' }).click();
  await expect(dialog.getByText('Die Eingabe stimmt nicht mit der gesuchten Person überein.')).toBeVisible();

  await confirmation.fill(EMAIL);
  await dialog.getByRole('button', { name: 'Endgültig löschen' }).click();
  await expect(
    page.getByText(/^Gelöscht: \d+ Datens(atz|ätze), die Person heißt jetzt „Gelöschte Person [0-9a-f]{8}“\.$/),
  ).toBeVisible();

  await main.getByLabel(/^E-Mail-Adresse/).fill(EMAIL);
  await main.getByRole('button', { name: 'Daten anzeigen' }).click();
  await expect(main.getByText(`Über ${EMAIL} ist nichts gespeichert.`)).toBeVisible();
});
