import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolations, loginThroughKeycloak } from './helpers';

// Two sign-ins and the board twice: more than the default minute on a busy machine.
test.describe.configure({ timeout: 150_000 });

const ROUND = 'Auswahlrunde 2026';
// Demo scores: the Kulturscheune leads on the catalogue's weights; the Medienwerkstatt scores best on participation.
const LEADER = 'Kulturscheune Beispieldorf (Demo)';
const PARTICIPATION_LEADER = 'Medienwerkstatt Testhausen (Demo)';

async function signIn(page: Page, username: string) {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await loginThroughKeycloak(page, username, username);
  await expect(page.getByRole('banner').getByRole('button', { name: 'Abmelden' })).toBeVisible();
}

/** Presses Tab until the element matching `target` has focus (at most `limit` times). */
async function tabTo(page: Page, target: Locator, limit = 60) {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('Tab never reached the element');
}

async function firstRanked(page: Page) {
  await page.goto('/selection');
  await page.getByRole('table', { name: 'Auswahlrunden, neueste zuerst' }).getByRole('link', { name: ROUND }).click();
  await expect(page.getByRole('heading', { level: 1, name: ROUND })).toBeVisible();
  return page
    .getByRole('table', { name: /^Rangliste/ })
    .locator('tbody tr')
    .first()
    .getByRole('rowheader');
}

test("the admin changes a criterion's weight by keyboard alone and the selection board's ranking changes", async ({ page }) => {
  await signIn(page, 'admin');
  await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Verwaltung', exact: true }).click();
  await page.getByRole('link', { name: 'Auswahlkriterien' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Auswahlkriterien' })).toBeVisible();
  const table = page.getByRole('table', { name: 'Auswahlkriterien in Katalogreihenfolge' });
  await expect(table.getByRole('row', { name: /Partizipation/ })).toBeVisible();
  await expectNoAxeViolations(page);

  // Keyboard only: from the filter, Tab through the list to the criterion's edit button, open it with Enter,
  // Tab to the weight, type it and submit the form with Enter.
  const filter = page.getByRole('combobox', { name: 'Status' });
  await filter.focus();
  await tabTo(page, page.getByRole('button', { name: 'Bearbeiten: Partizipation' }));
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Kriterium bearbeiten: Partizipation' });
  await expect(dialog.getByRole('textbox', { name: /^Name \(Deutsch\)/ })).toBeFocused();
  await expectNoAxeViolations(page);
  const weight = dialog.getByRole('textbox', { name: /^Gewicht/ });
  await tabTo(page, weight, 10);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('100');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Kriterium „Partizipation“ gespeichert.' })).toBeVisible();
  await expect(table.getByRole('row', { name: /Partizipation/ })).toContainText('100');

  // Participation now outweighs the rest: the candidate strongest on it leads the ranking.
  await expect(await firstRanked(page)).toHaveText(PARTICIPATION_LEADER);

  // Back to the catalogue's weight (by mouse): the ranking is the one before.
  await page.goto('/admin/selection-criteria');
  await page.getByRole('button', { name: 'Bearbeiten: Partizipation' }).click();
  const again = page.getByRole('dialog', { name: 'Kriterium bearbeiten: Partizipation' });
  await again.getByRole('textbox', { name: /^Gewicht/ }).fill('1');
  await again.getByRole('button', { name: 'Speichern' }).click();
  await expect(again).toBeHidden();
  await expect(await firstRanked(page)).toHaveText(LEADER);
});

test('the admin filters the criteria, adds one and archives it; a coordinator opens and closes a round', async ({ browser }) => {
  const stamp = Date.now().toString(36).toUpperCase();
  const admin = await (await browser.newContext()).newPage();
  await signIn(admin, 'admin');
  await admin.goto('/admin/selection-criteria');
  await admin.getByRole('button', { name: 'Neues Kriterium' }).click();
  const create = admin.getByRole('dialog', { name: 'Neues Kriterium' });
  await create.getByRole('button', { name: 'Kriterium anlegen' }).click();
  await expect(create.getByText('Bitte prüfen Sie Ihre Angaben')).toBeVisible();
  await create.getByRole('textbox', { name: /^Schlüssel/ }).fill(`E2E_${stamp}`);
  await create.getByRole('textbox', { name: /^Name \(Deutsch\)/ }).fill(`Testkriterium ${stamp}`);
  await create.getByRole('textbox', { name: /^Name \(Englisch\)/ }).fill(`Test criterion ${stamp}`);
  await create.getByRole('textbox', { name: /^Reihenfolge/ }).fill('900');
  await create.getByRole('button', { name: 'Kriterium anlegen' }).click();
  await expect(create).toBeHidden();

  await admin.getByRole('button', { name: `Bearbeiten: Testkriterium ${stamp}` }).click();
  const edit = admin.getByRole('dialog', { name: `Kriterium bearbeiten: Testkriterium ${stamp}` });
  await edit.getByRole('checkbox', { name: /^Aktiv/ }).uncheck();
  await edit.getByRole('button', { name: 'Speichern' }).click();
  await expect(edit).toBeHidden();
  await admin.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Nur archivierte' });
  const table = admin.getByRole('table', { name: 'Auswahlkriterien in Katalogreihenfolge' });
  await expect(table.getByRole('row', { name: new RegExp(`Testkriterium ${stamp}`) })).toContainText('archiviert');
  await admin.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Nur aktive' });
  await expect(table.getByRole('row', { name: /Partizipation/ })).toBeVisible();
  await expect(table.getByRole('row', { name: new RegExp(`Testkriterium ${stamp}`) })).toHaveCount(0);

  // Rounds: coordinators manage them too, reaching them through "Verwaltung" under programme management.
  const coordinator = await (await browser.newContext()).newPage();
  await signIn(coordinator, 'coordinator');
  await coordinator
    .getByRole('navigation', { name: 'Hauptnavigation' })
    .getByRole('link', { name: 'Verwaltung', exact: true })
    .click();
  await expect(coordinator.getByRole('link', { name: 'Auswahlkriterien' })).toHaveCount(0);
  await coordinator.getByRole('link', { name: 'Auswahlrunden' }).click();
  await expect(coordinator.getByRole('heading', { level: 1, name: 'Auswahlrunden verwalten' })).toBeVisible();
  await expectNoAxeViolations(coordinator);
  await coordinator.getByRole('button', { name: 'Neue Runde' }).click();
  const newRound = coordinator.getByRole('dialog', { name: 'Neue Auswahlrunde' });
  await newRound.getByRole('textbox', { name: /^Name/ }).fill(`Testrunde ${stamp}`);
  await newRound.getByRole('button', { name: 'Runde eröffnen' }).click();
  await expect(newRound).toBeHidden();
  await coordinator.getByRole('button', { name: `Bearbeiten: Testrunde ${stamp}` }).click();
  const editRound = coordinator.getByRole('dialog', { name: `Runde bearbeiten: Testrunde ${stamp}` });
  await editRound.getByRole('combobox', { name: /^Status/ }).selectOption({ label: 'abgeschlossen' });
  await expectNoAxeViolations(coordinator);
  await editRound.getByRole('button', { name: 'Speichern' }).click();
  await expect(editRound).toBeHidden();
  await coordinator.getByRole('combobox', { name: 'Status', exact: true }).selectOption({ label: 'abgeschlossen' });
  await expect(coordinator.getByRole('row', { name: new RegExp(`Testrunde ${stamp}`) })).toContainText('abgeschlossen');
});
