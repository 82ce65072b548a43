import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectNoAxeViolations, loginThroughKeycloak } from './helpers';

// The whole review workflow through the real Keycloak and API: the partner (Künstlerstadt Kalbe) starts a
// new concept, fills two sections and submits it; the coach assigned to Kalbe comments on a section; the
// coordinator approves and publishes it; an anonymous visitor then reads it. The title is unique per run,
// so the test passes again on a database where it already ran.
const title = `E2E-Transferkonzept ${new Date().toISOString()}`;
const startingSituation = `Leerstand im Ortskern wird zu Ateliers (E2E ${Date.now()}).`;
const offer = 'Künstlerinnen und Künstler arbeiten **auf Zeit** in leerstehenden Häusern.';
const revisedSituation = `Leerstand und Ladenlokale werden zu Ateliers (E2E-Neufassung ${Date.now()}).`;
const commentText = `Bitte die Zahl der leerstehenden Häuser ergänzen (E2E ${Date.now()}).`;

async function signedIn(browser: Browser, username: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await loginThroughKeycloak(page, username, username);
  await expect(page.getByRole('banner').getByRole('button', { name: 'Abmelden' })).toBeVisible();
  return page;
}

async function openConcept(page: Page) {
  await page.getByRole('banner').getByRole('link', { name: 'Transferkonzepte' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Transferkonzepte' })).toBeVisible();
  await page.getByRole('table', { name: 'Transferkonzepte' }).getByRole('link', { name: title, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
}

async function takeStep(page: Page, action: string, status: string) {
  const main = page.getByRole('main');
  await main.getByRole('button', { name: action, exact: true }).click();
  // the shared confirmation names the step and the concept
  const dialog = page.getByRole('dialog', { name: `${action}: Transferkonzept „${title}“?` });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('textbox', { name: 'Notiz (optional)' }).fill(`${action} (E2E)`);
  await dialog.getByRole('button', { name: `Ja, ${action}`, exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(main.locator('.concept-facts')).toContainText(status);
}

test('a partner edits and submits its concept; a coach comments; the coordinator approves and publishes; anonymous sees it', async ({
  browser,
}) => {
  test.setTimeout(360_000);

  // Partner: new draft for Künstlerstadt Kalbe, two sections, save, submit.
  const partner = await signedIn(browser, 'partner');
  await partner.getByRole('banner').getByRole('link', { name: 'Transferkonzepte' }).click();
  await expect(partner.getByRole('heading', { level: 1, name: 'Transferkonzepte' })).toBeVisible();
  await expect(partner.getByRole('table', { name: 'Transferkonzepte' })).toBeVisible();
  await expectNoAxeViolations(partner);
  await partner.getByRole('button', { name: 'Neues Transferkonzept' }).click();
  const create = partner.getByRole('dialog', { name: 'Neues Transferkonzept' });
  await create.getByRole('textbox', { name: 'Titel' }).fill(title);
  await create.getByRole('button', { name: 'Entwurf anlegen' }).click();

  await expect(partner).toHaveURL(/\/concepts\/[0-9a-f-]{36}\/edit$/);
  const conceptUrl = partner.url().replace(/\/edit$/, '');
  await expect(partner.getByRole('heading', { level: 1, name: 'Transferkonzept bearbeiten' })).toBeVisible();
  await partner.getByRole('textbox', { name: 'Ausgangslage', exact: true }).fill(startingSituation);
  await partner.getByRole('textbox', { name: 'Das Angebot', exact: true }).fill(offer);
  // Submitting needs every section (rule complete-sections): the remaining texts and one plan step.
  for (const section of [
    'Ziele und Zielgruppen',
    'Organisation und Team',
    'Finanzierung',
    'Marketing und Kommunikation',
    'Baurecht und Räume',
    'Digitale Infrastruktur',
    'Risiken und Erfolgsfaktoren',
    'Ressourcen und Kontakte',
  ]) {
    await partner.getByRole('textbox', { name: section, exact: true }).fill(`${section}: so machen wir es (E2E).`);
  }
  await partner.getByRole('button', { name: 'Schritt hinzufügen' }).click();
  await partner
    .getByRole('group', { name: 'Schritte des Transferplans' })
    .getByRole('textbox', { name: /^Titel/ })
    .first()
    .fill('Leerstand erfassen');
  await partner.getByRole('button', { name: 'Vorschau: Das Angebot' }).click();
  await expect(partner.getByRole('region', { name: 'Vorschau: Das Angebot' }).locator('strong')).toHaveText('auf Zeit');
  await expectNoAxeViolations(partner);
  await partner.getByRole('button', { name: 'Entwurf speichern' }).click();
  await expect(partner.getByRole('status').filter({ hasText: 'Entwurf gespeichert.' })).toBeVisible();

  await takeStep(partner, 'Einreichen', 'In Prüfung');
  await expect(partner).toHaveURL(conceptUrl);
  await expect(partner.getByText(startingSituation)).toBeVisible();
  await partner.context().close();

  // Coach (assigned to Kalbe): comments on the starting situation of version 1.
  const coach = await signedIn(browser, 'coach');
  await openConcept(coach);
  await expect(coach.getByRole('combobox', { name: 'Kommentare zur Version' })).toHaveValue('1');
  const comments = coach.getByRole('region', { name: 'Kommentare zu Ausgangslage' });
  await comments.getByRole('textbox', { name: 'Kommentar zu Ausgangslage' }).fill(commentText);
  await comments.getByRole('button', { name: 'Kommentar senden' }).click();
  await expect(comments.getByText(commentText)).toBeVisible();
  await expect(comments).toContainText('Clara Coach (Demo)');
  await expectNoAxeViolations(coach);
  await coach.context().close();

  // Coordinator: approves and publishes.
  const coordinator = await signedIn(browser, 'coordinator');
  await openConcept(coordinator);
  await expect(coordinator.getByRole('region', { name: 'Kommentare zu Ausgangslage' }).getByText(commentText)).toBeVisible();
  await takeStep(coordinator, 'Freigeben', 'Freigegeben');
  await takeStep(coordinator, 'Veröffentlichen', 'Veröffentlicht');
  await coordinator.context().close();

  // Anonymous: finds the published concept in the list and reads it, without comments.
  const anonymous = await (await browser.newContext()).newPage();
  await anonymous.goto('/concepts');
  await expect(anonymous.getByRole('heading', { level: 1, name: 'Transferkonzepte' })).toBeVisible();
  const row = anonymous.getByRole('row').filter({ has: anonymous.getByRole('link', { name: title, exact: true }) });
  await expect(row).toContainText('Veröffentlicht');
  await expect(row).toContainText('Künstlerstadt Kalbe e.V.');
  await row.getByRole('link', { name: title, exact: true }).click();
  await expect(anonymous.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(anonymous.getByText(startingSituation)).toBeVisible();
  await expect(anonymous.getByText('auf Zeit')).toBeVisible();
  await expect(anonymous.getByText('Veröffentlichte Version 1')).toBeVisible();
  await expect(anonymous.getByRole('button', { name: 'Version 1 als PDF herunterladen' })).toBeVisible();
  await expect(anonymous.getByText(commentText)).toHaveCount(0);
  await expect(anonymous.getByRole('heading', { name: 'Arbeitsablauf' })).toHaveCount(0);
  await expect(anonymous.getByRole('heading', { name: 'Verlauf' })).toHaveCount(0);
  await expectNoAxeViolations(anonymous);

  // Partner: starts a new version of the published concept; the history shows every step with its note.
  const reviser = await signedIn(browser, 'partner');
  await openConcept(reviser);
  const history = reviser.getByRole('region', { name: 'Verlauf' });
  await expect(history.getByRole('listitem').first()).toContainText('Freigegeben → Veröffentlicht');
  await expect(history).toContainText('Veröffentlichen (E2E)');
  await expect(history).toContainText('Konrad Koordinator (Demo)');
  const main = reviser.getByRole('main');
  await main.getByRole('button', { name: 'Neue Fassung beginnen', exact: true }).click();
  const revise = reviser.getByRole('dialog', { name: `Neue Fassung beginnen: Transferkonzept „${title}“?` });
  await expect(revise).toContainText(
    'Die veröffentlichte Version 1 bleibt öffentlich sichtbar, bis die neue Fassung veröffentlicht ist.',
  );
  await expectNoAxeViolations(reviser);
  await revise.getByRole('button', { name: 'Ja, Neue Fassung beginnen' }).click();
  await expect(revise).toBeHidden();
  await expect(main.locator('.concept-facts')).toContainText('Entwurf');
  await expect(reviser.getByText('In Überarbeitung: Öffentlich sichtbar bleibt Version 1')).toBeVisible();
  await expectNoAxeViolations(reviser);
  await main.getByRole('link', { name: 'Bearbeiten' }).click();
  await expect(reviser.getByRole('heading', { level: 1, name: 'Transferkonzept bearbeiten' })).toBeVisible();
  await reviser.getByRole('textbox', { name: 'Ausgangslage', exact: true }).fill(revisedSituation);
  await reviser.getByRole('button', { name: 'Entwurf speichern' }).click();
  await expect(reviser.getByRole('status').filter({ hasText: 'Entwurf gespeichert.' })).toBeVisible();
  await takeStep(reviser, 'Einreichen', 'In Prüfung');
  await reviser.context().close();

  // Anonymous: still reads version 1 while version 2 is in review.
  await anonymous.reload();
  await expect(anonymous.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(anonymous.getByText(startingSituation)).toBeVisible();
  await expect(anonymous.getByText(revisedSituation)).toHaveCount(0);
  await expect(anonymous.getByText('Veröffentlichte Version 1')).toBeVisible();

  // Coordinator: approves and publishes version 2; now the public reads it.
  const publisher = await signedIn(browser, 'coordinator');
  await openConcept(publisher);
  await takeStep(publisher, 'Freigeben', 'Freigegeben');
  await takeStep(publisher, 'Veröffentlichen', 'Veröffentlicht');
  await publisher.context().close();
  await anonymous.reload();
  await expect(anonymous.getByText(revisedSituation)).toBeVisible();
  await expect(anonymous.getByText(startingSituation)).toHaveCount(0);
  await expect(anonymous.getByText('Veröffentlichte Version 2')).toBeVisible();
  await anonymous.context().close();
});
