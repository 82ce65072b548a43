import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolations, loginThroughKeycloak } from './helpers';

// Saves of its own each run (the e2e database may be reused): a far-off year and a stamp.
const year = 2700 + (Math.floor(Date.now() / 1000) % 250);
const stamp = Date.now().toString(36).toUpperCase();

test.describe.configure({ timeout: 150_000 });

async function signIn(page: Page, user: string) {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await loginThroughKeycloak(page, user, user);
  await expect(page.getByRole('banner').getByRole('button', { name: 'Abmelden' })).toBeVisible();
}

/** Presses Tab until `target` has focus (at most `limit` times). */
async function tabTo(page: Page, target: Locator, limit = 40) {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

test('the admin adds an expertise topic (a key against the rule is named first) and archives it', async ({ page }) => {
  await signIn(page, 'admin');
  await page.goto('/admin/expertise-topics');
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { level: 1, name: 'Themen der Coaches' })).toBeVisible();
  await expectNoAxeViolations(page);
  const key = `TEST_${stamp.replace(/[0-9]/g, (digit) => String.fromCharCode(65 + Number(digit)))}`;
  const name = `Kulturelle Bildung ${stamp}`;
  await main.getByRole('button', { name: 'Neues Thema' }).click();
  const dialog = page.getByRole('dialog', { name: 'Neues Thema' });
  await dialog.getByLabel(/^Schlüssel/).fill('kleinbuchstaben');
  await dialog.getByLabel(/^Name \(Deutsch\)/).fill(name);
  await dialog.getByLabel(/^Name \(Englisch\)/).fill(`Cultural education ${stamp}`);
  await dialog.getByLabel(/^Reihenfolge/).fill('50');
  await dialog.getByRole('button', { name: 'Thema anlegen' }).click();
  await expect(dialog.getByRole('alert')).toContainText('Schlüssel');
  await expectNoAxeViolations(page);
  await dialog.getByLabel(/^Schlüssel/).fill(key);
  await dialog.getByRole('button', { name: 'Thema anlegen' }).click();
  await expect(dialog).toBeHidden();
  await expect(main.getByRole('status').filter({ hasText: `Thema „${name}“ gespeichert.` })).toBeVisible();
  await expect(main.getByRole('row').filter({ hasText: name })).toContainText(key);
  const row = main.getByRole('row').filter({ hasText: name });
  await expect(row).toContainText('angeboten');

  // archived again (If-Match of the version shown): no longer offered, so other tests see the demo's topics
  await row.getByRole('button', { name: `Bearbeiten: ${name}` }).click();
  const edit = page.getByRole('dialog', { name: `Thema bearbeiten: ${name}` });
  await edit.getByLabel(/^Archiviert/).check();
  await edit.getByRole('button', { name: 'Thema speichern' }).click();
  await expect(edit).toBeHidden();
  await expect(row).toContainText('archiviert');
});

test("the admin edits a new counselling location's town and position; the scope's map shows it", async ({ page }) => {
  // There is no network here, and the test must not depend on it: tile requests fail at once.
  await page.route(/tile\.openstreetmap\.org/, (route) => route.abort());
  await signIn(page, 'admin');
  await page.goto('/outreach/manage/scopes');
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { level: 1, name: 'Bereiche' })).toBeVisible();
  const name = `Beratungsstelle Karte ${stamp}`;
  const create = main.getByRole('form', { name: 'Neuer Bereich' });
  await create.getByLabel(/^Name/).fill(name);
  await create.getByLabel(/^Ort/).fill('Pirna');
  await create.getByLabel(/^Eröffnet am/).fill(`${year}-01-15`);
  await create.getByRole('button', { name: 'Bereich anlegen' }).click();
  await expect(create.getByRole('status')).toHaveText('Gespeichert.');

  const row = main.getByRole('row').filter({ hasText: name });
  await row.getByRole('button', { name: `Bearbeiten: ${name}` }).click();
  const form = main.getByRole('form', { name: `Bereich bearbeiten: ${name}` });
  await expect(main.getByText('Für diesen Bereich ist keine Position eingetragen')).toBeVisible();
  await form.getByLabel(/^Ort/).fill('Meißen');
  await form.getByLabel(/^Breitengrad/).fill('91');
  await form.getByLabel(/^Längengrad/).fill('13,47127');
  await form.getByRole('button', { name: 'Bereich speichern' }).click();
  // the API's refusal names the field
  await expect(form.getByRole('alert')).toContainText('Breitengrad');
  await form.getByLabel(/^Breitengrad/).fill('51,16358');
  await form.getByRole('button', { name: 'Bereich speichern' }).click();
  await expect(form.getByRole('status')).toHaveText('Gespeichert.');
  await expect(row).toContainText('Meißen');
  await expect(row).toContainText('51,16358, 13,47127');
  const map = main.getByRole('region', { name: `Karte: Lage von „${name}“` });
  await expect(map).toBeVisible();
  await expect(map.locator('.leaflet-marker-icon')).toHaveAttribute('title', name);
  await expectNoAxeViolations(page);
});

test('the admin deletes a report text after confirming it, and goes through the page by keyboard alone', async ({ page }) => {
  await signIn(page, 'admin');
  const main = page.getByRole('main');
  // a period of its own, open, for the text
  const period = `E2E-Texte ${year} ${stamp}`;
  await page.goto('/outreach/manage');
  const periodForm = main.getByRole('form', { name: 'Neuer Berichtszeitraum' });
  await periodForm.getByLabel(/^Name des Zeitraums/).fill(period);
  await periodForm.getByLabel(/^Erster Tag/).fill(`${year}-04-01`);
  await periodForm.getByLabel(/^Letzter Tag/).fill(`${year}-04-30`);
  await periodForm.getByRole('button', { name: 'Zeitraum anlegen' }).click();
  await expect(periodForm.getByRole('status')).toHaveText('Gespeichert.');

  await page.goto('/outreach/manage/narratives');
  await expect(main.getByRole('heading', { level: 1, name: 'Berichtstexte' })).toBeVisible();
  const title = `Zum Löschen ${stamp}`;
  const form = main.getByRole('form', { name: 'Neuer Berichtstext' });
  await form.getByLabel(/^Bereich/).selectOption({ label: 'Beratungsstelle Pirna' });
  await form.getByLabel(/^Berichtszeitraum/).selectOption({ label: period });
  await form.getByLabel(/^Überschrift/).fill(title);
  await form.getByLabel(/^Text/).fill('Ein Text, der wieder geht.');
  await form.getByRole('button', { name: 'Berichtstext anlegen' }).click();
  await expect(form.getByRole('status')).toHaveText('Gespeichert.');
  const row = main.getByRole('row').filter({ hasText: title });
  await expect(row).toContainText('Beratungsstelle Pirna');
  await expectNoAxeViolations(page);

  // Keyboard only: from the list's region to the row's edit button; Enter opens the dialog, Escape closes it
  // with focus back on the button; Tab to delete, Enter asks first, and the confirmation removes the text.
  await main.getByRole('region', { name: 'Berichtstexte' }).focus();
  const edit = row.getByRole('button', { name: `Bearbeiten: ${title}` });
  await tabTo(page, edit);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: `Berichtstext bearbeiten: ${title}` });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel(/^Bereich/)).toBeFocused();
  await expectNoAxeViolations(page);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(edit).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(row.getByRole('button', { name: `Löschen: ${title}` })).toBeFocused();
  await page.keyboard.press('Enter');
  const confirm = page.getByRole('dialog', { name: `Löschen: Berichtstext „${title}“?` });
  await expect(confirm).toContainText('Der Text erscheint in keinem Bericht mehr.');
  await expectNoAxeViolations(page);
  await tabTo(page, confirm.getByRole('button', { name: 'Ja, Löschen' }), 6);
  await page.keyboard.press('Enter');
  await expect(confirm).toBeHidden();
  await expect(main.getByRole('status').filter({ hasText: `Berichtstext „${title}“ gelöscht.` })).toBeVisible();
  await expect(main.getByRole('row').filter({ hasText: title })).toHaveCount(0);
});

test('the audit log is reachable from the administration group of the navigation', async ({ page }) => {
  await signIn(page, 'admin');
  const nav = page.getByRole('navigation', { name: 'Hauptnavigation' });
  await nav.getByRole('list', { name: 'Verwaltung' }).getByRole('link', { name: 'Änderungsprotokoll' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Änderungsprotokoll' })).toBeVisible();
});
