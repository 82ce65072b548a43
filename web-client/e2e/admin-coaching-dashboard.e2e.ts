import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolations, loginThroughKeycloak } from './helpers';

test.describe.configure({ timeout: 150_000 });

const KALBE = 'Künstlerstadt Kalbe e.V.';
// Demo: Clara Coach has given 1 of 8 budgeted hours on financing for Kalbe.
const BUDGET_BUTTON = `Budget ändern: Clara Coach (Demo), ${KALBE}, Finanzierung`;

async function signIn(page: Page, username: string) {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await loginThroughKeycloak(page, username, username);
  await expect(page.getByRole('banner').getByRole('button', { name: 'Abmelden' })).toBeVisible();
}

async function tabTo(page: Page, target: Locator, limit = 80) {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('Tab never reached the element');
}

async function setBudget(page: Page, hours: string) {
  await page.goto('/admin/coaching-assignments');
  await page.getByRole('button', { name: BUDGET_BUTTON }).click();
  const dialog = page.getByRole('dialog', { name: `Stundenbudget ändern: ${KALBE}` });
  await dialog.getByRole('textbox', { name: /^Stundenbudget/ }).fill(hours);
  await dialog.getByRole('button', { name: 'Speichern' }).click();
  await expect(dialog).toBeHidden();
}

test('a coordinator lands on what waits after signing in; a budget nearly used up, set by keyboard alone, shows there as a link', async ({
  page,
}) => {
  await signIn(page, 'coordinator');
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Was auf Sie wartet' })).toBeVisible();
  const tandems = page.getByRole('region', { name: 'Überfällige Tandem-Meilensteine' });
  await expect(tandems.getByRole('link', { name: /Meilensteine? überfällig$/ }).first()).toBeVisible();
  const rounds = page.getByRole('region', { name: 'Kandidaturen bewerten und entscheiden' });
  await expect(rounds.getByRole('link', { name: /^Auswahlrunde 2026: \d+ Kandidaturen? offen/ })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Berichtszeiträume' })).toBeVisible();
  await expectNoAxeViolations(page);
  await setBudget(page, '8');

  // Keyboard only: from the coach filter through the list to the assignment's budget button, then the form.
  await page.goto('/admin/coaching-assignments');
  await expect(page.getByRole('heading', { level: 1, name: 'Coaching-Zuordnungen' })).toBeVisible();
  await expect(page.getByRole('row', { name: new RegExp(`${KALBE}.*Finanzierung`) })).toContainText('im Rahmen');
  await expectNoAxeViolations(page);
  await page.getByRole('combobox', { name: 'Coach', exact: true }).focus();
  await tabTo(page, page.getByRole('button', { name: BUDGET_BUTTON }));
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: `Stundenbudget ändern: ${KALBE}` });
  const budget = dialog.getByRole('textbox', { name: /^Stundenbudget/ });
  await expect(budget).toBeFocused();
  await expectNoAxeViolations(page);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('1,25');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(
    page.getByRole('status').filter({ hasText: `Zuordnung von Clara Coach (Demo) zu ${KALBE} gespeichert.` }),
  ).toBeVisible();
  await expect(page.getByRole('row', { name: new RegExp(`${KALBE}.*Finanzierung`) })).toContainText('fast aufgebraucht');

  // The overview lists it, and its link leads to the assignments.
  await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Was wartet' }).click();
  const budgets = page.getByRole('region', { name: 'Coaching-Budgets fast aufgebraucht' });
  const item = budgets.getByRole('link', { name: `Clara Coach (Demo) bei ${KALBE}: 1 von 1,25 Stunden geleistet` });
  await expect(item).toBeVisible();
  await item.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Coaching-Zuordnungen' })).toBeVisible();

  await setBudget(page, '8');
  await page.goto('/dashboard');
  await expect(page.getByRole('region', { name: 'Coaching-Budgets fast aufgebraucht' })).not.toContainText(
    `Clara Coach (Demo) bei ${KALBE}`,
  );
});

test('an admin adds a coach and edits the profile, filters coaches by topic, and reads the topic list', async ({ page }) => {
  const stamp = Date.now().toString(36);
  await signIn(page, 'admin');
  await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Verwaltung', exact: true }).click();
  await page.getByRole('link', { name: 'Themen der Coaches' }).click();
  await expect(
    page.getByRole('table', { name: 'Themen in Anzeigereihenfolge' }).getByRole('row', { name: /Finanzierung/ }),
  ).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto('/admin/coaches');
  await expect(page.getByRole('heading', { level: 1, name: 'Coaches verwalten' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Neuer Coach' }).click();
  const create = page.getByRole('dialog', { name: 'Neuer Coach' });
  await create.getByRole('textbox', { name: /^Name/ }).fill(`Erika Test ${stamp}`);
  await create.getByRole('button', { name: 'Coach anlegen' }).click();
  await expect(create.getByText('Bitte wählen Sie mindestens ein Thema.').first()).toBeVisible();
  await create.getByRole('group', { name: 'Themen' }).getByRole('checkbox', { name: 'Finanzierung' }).check();
  await create.getByRole('group', { name: 'Regionen' }).getByRole('checkbox', { name: 'Sachsen', exact: true }).check();
  await create.getByRole('textbox', { name: /^E-Mail/ }).fill('erika.test@example.org');
  await expectNoAxeViolations(page);
  await create.getByRole('button', { name: 'Coach anlegen' }).click();
  await expect(create).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: `Profil von Erika Test ${stamp} gespeichert.` })).toBeVisible();

  await page.getByRole('combobox', { name: 'Themen' }).selectOption({ label: 'Finanzierung' });
  await page.getByRole('combobox', { name: 'Region' }).selectOption({ label: 'Sachsen' });
  const row = page.getByRole('row', { name: new RegExp(`Erika Test ${stamp}`) });
  await expect(row).toContainText('erika.test@example.org');
  await page.getByRole('button', { name: `Bearbeiten: Erika Test ${stamp}` }).click();
  const edit = page.getByRole('dialog', { name: `Coach bearbeiten: Erika Test ${stamp}` });
  await expect(edit.getByRole('textbox', { name: /^Name/ })).toHaveValue(`Erika Test ${stamp}`);
  await edit.getByRole('textbox', { name: /^Name/ }).fill(`Erika Probe ${stamp}`);
  await edit.getByRole('button', { name: 'Speichern' }).click();
  await expect(edit).toBeHidden();
  await expect(page.getByRole('row', { name: new RegExp(`Erika Probe ${stamp}`) })).toBeVisible();

  await page.getByRole('combobox', { name: 'Themen' }).selectOption({ label: 'Baurecht' });
  await expect(page.getByRole('row', { name: new RegExp(`Erika Probe ${stamp}`) })).toHaveCount(0);
});
