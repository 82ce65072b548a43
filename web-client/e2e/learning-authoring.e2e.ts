import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectNoAxeViolations, loginThroughKeycloak } from './helpers';

// Authoring and review through the real Keycloak and API: the coach (Clara) writes a module, attaches a
// checklist and submits it; the coordinator finds it in the review queue and publishes it; an anonymous
// visitor then finds it by a word of its summary and reads it. Title and search word are unique per run,
// so the test passes again on a database where it already ran.
const stamp = Date.now();
const title = `E2E-Lernmodul Pressearbeit ${new Date(stamp).toISOString()}`;
// Letters only, so that the German full-text search treats it as one ordinary word.
const searchWord = `Dorfzeitung${[...String(stamp)].map((digit) => 'abcdefghij'[Number(digit)]).join('')}`;
const summary = `Wie ein Kreativort mit der ${searchWord} ins Gespräch kommt.`;
const body = '## Erste Schritte\n\nDie Lokalredaktion **persönlich** besuchen.\n\n- Termine sammeln\n- Fotos anbieten';

async function signedIn(browser: Browser, username: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto('/learning');
  await expect(page.getByRole('heading', { level: 1, name: 'Lernraum' })).toBeVisible();
  await loginThroughKeycloak(page, username, username);
  await expect(page.getByRole('banner').getByRole('button', { name: 'Abmelden' })).toBeVisible();
  return page;
}

async function takeStep(page: Page, action: string, status: string) {
  const workflow = page.getByRole('region', { name: 'Status und Arbeitsablauf' });
  await workflow.getByRole('button', { name: action, exact: true }).click();
  // the shared confirmation names the step and the module
  const dialog = page.getByRole('dialog', { name: `${action}: Lernmodul „${title}“?` });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: `Ja, ${action}`, exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(workflow.locator('.module-status')).toHaveText(status);
}

test('a coach writes and submits a module, the coordinator publishes it, anonymous visitors find and read it', async ({
  browser,
}) => {
  test.setTimeout(180_000);

  // Coach: a new draft from "Meine Lernmodule", with preview, an attachment, then submitted.
  const coach = await signedIn(browser, 'coach');
  await coach.getByRole('banner').getByRole('link', { name: 'Meine Lernmodule' }).click();
  await expect(coach.getByRole('heading', { level: 1, name: 'Meine Lernmodule' })).toBeVisible();
  await coach.getByRole('link', { name: 'Neues Lernmodul' }).click();
  await expect(coach.getByRole('heading', { level: 1, name: 'Neues Lernmodul' })).toBeVisible();
  const authors = coach.getByRole('group', { name: 'AutorInnen' });
  await expect(authors.getByText('Clara Coach (Demo)')).toBeVisible();

  await coach.getByRole('textbox', { name: /^Titel/ }).fill(title);
  await coach.getByRole('textbox', { name: /^Zusammenfassung/ }).fill(summary);
  await coach.getByRole('textbox', { name: 'Text', exact: true }).fill(body);
  await coach.getByRole('combobox', { name: /^Format/ }).selectOption('CHECKLIST');
  await coach.getByRole('checkbox', { name: 'Marketing' }).check();
  await coach.getByRole('checkbox', { name: 'Musikwirtschaft' }).check();
  await coach.getByRole('button', { name: 'Vorschau' }).click();
  await expect(coach.getByRole('region', { name: 'Vorschau des Texts' }).locator('strong')).toHaveText('persönlich');
  await expectNoAxeViolations(coach);
  await coach.getByRole('button', { name: 'Entwurf anlegen' }).click();

  await expect(coach).toHaveURL(/\/learning\/authoring\/[0-9a-f-]{36}$/);
  await expect(coach.getByRole('heading', { level: 1, name: 'Lernmodul bearbeiten' })).toBeVisible();
  await expect(coach.getByText(/Der Entwurf ist angelegt/)).toBeVisible();
  await expect(coach.getByRole('region', { name: 'Status und Arbeitsablauf' }).locator('.module-status')).toHaveText('Entwurf');
  await expectNoAxeViolations(coach);

  await coach.getByLabel('Datei', { exact: true }).setInputFiles({
    name: 'Checkliste-Pressearbeit.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('Schritt;Erledigt\nRedaktion anrufen;nein\n', 'utf-8'),
  });
  await coach.getByRole('button', { name: 'Hochladen' }).click();
  await expect(coach.getByRole('button', { name: 'Checkliste-Pressearbeit.csv herunterladen' })).toBeVisible();

  await takeStep(coach, 'Zur Prüfung einreichen', 'In Prüfung');
  await coach.context().close();

  // Coordinator: the module waits in the review queue; publish it.
  const coordinator = await signedIn(browser, 'coordinator');
  await coordinator.getByRole('banner').getByRole('link', { name: 'Lernmodule prüfen' }).click();
  await expect(coordinator.getByRole('heading', { level: 1, name: 'Lernmodule prüfen' })).toBeVisible();
  const queue = coordinator.getByRole('region', { name: 'Zur Prüfung eingereicht' });
  const queued = queue.getByRole('link', { name: title, exact: true });
  await expect(queued).toBeVisible();
  await expectNoAxeViolations(coordinator);
  await queued.click();
  await expect(coordinator.getByRole('heading', { level: 1, name: 'Lernmodul bearbeiten' })).toBeVisible();
  await expect(coordinator.getByRole('textbox', { name: /^Titel/ })).toHaveValue(title);
  await takeStep(coordinator, 'Veröffentlichen', 'Veröffentlicht');
  await coordinator.context().close();

  // Anonymous: searches the learning space for a word of the summary and reads the module.
  const anonymous = await (await browser.newContext()).newPage();
  await anonymous.goto('/learning');
  await expect(anonymous.getByRole('heading', { level: 1, name: 'Lernraum' })).toBeVisible();
  await anonymous.getByRole('searchbox', { name: 'Lernmodule durchsuchen' }).fill(searchWord);
  await anonymous.getByRole('button', { name: 'Suchen' }).click();
  const results = anonymous.getByRole('region', { name: 'Lernmodule' });
  await expect(results.getByText('1 Lernmodul', { exact: true })).toBeVisible();
  await expect(results.locator('mark').first()).toBeVisible();
  await results.getByRole('link', { name: title, exact: true }).click();

  await expect(anonymous.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(anonymous.getByRole('heading', { level: 2, name: 'Erste Schritte' })).toBeVisible();
  await expect(anonymous.getByText('persönlich', { exact: true })).toBeVisible();
  await expect(anonymous.getByText('Clara Coach (Demo)')).toBeVisible();
  await expect(anonymous.getByRole('link', { name: /CC BY-SA 4\.0/ })).toHaveAttribute(
    'href',
    'https://creativecommons.org/licenses/by-sa/4.0/deed.de',
  );
  await expect(anonymous.getByRole('button', { name: 'Checkliste-Pressearbeit.csv herunterladen' })).toBeVisible();
  await expect(anonymous.getByRole('link', { name: 'Lernmodul bearbeiten' })).toHaveCount(0);
  await expectNoAxeViolations(anonymous);
  await anonymous.context().close();
});
