import { expect, test, type Locator, type Page } from '@playwright/test';
import { loginThroughKeycloak, openMyOrganisation } from './helpers';

// Words of the API's English messages; a German page shows none of them.
const ENGLISH = /\b(must|the|is not|cannot|may not|Forbidden|Bad Request|Conflict|Status code|Statuscode)\b/;

async function expectGermanOnly(alert: Locator) {
  await expect(alert).toBeVisible();
  expect(await alert.innerText()).not.toMatch(ENGLISH);
}

async function signIn(page: Page, username: string) {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await loginThroughKeycloak(page, username, username);
  await expect(page.getByRole('banner').getByRole('button', { name: 'Abmelden' })).toBeVisible();
}

test('in German the API refuses a bad website, an invitation for another role and a figure of a locked period in German', async ({
  browser,
}) => {
  // a validation error of the API, shown at its field
  const partner = await (await browser.newContext()).newPage();
  const { main } = await openMyOrganisation(partner, 'partner2');
  const website = main.getByRole('textbox', { name: 'Website', exact: true });
  const before = await website.inputValue();
  await website.fill('ftp://fichtelgebirge.example');
  await main.getByRole('button', { name: 'Speichern', exact: true }).click();
  await expect(main.getByText('muss eine http(s)-Adresse sein').first()).toBeVisible();
  await expectGermanOnly(main.getByRole('alert').first());
  await website.fill(before);
  await partner.context().close();

  // a 403: an invitation for coaches opened by a partner account
  const admin = await (await browser.newContext()).newPage();
  await signIn(admin, 'admin');
  await admin.goto('/admin/memberships');
  const form = admin.getByRole('form', { name: 'Person einladen' });
  await form.getByRole('searchbox', { name: 'Organisation suchen' }).fill('Haldern');
  const organisation = form.getByRole('combobox', { name: /^Organisation/ });
  await expect(organisation.getByRole('option', { name: /Haldern Pop/ })).toBeAttached();
  await organisation.selectOption({ label: 'Haldern Pop (Rees)' });
  await form.getByRole('combobox', { name: /^Rolle/ }).selectOption('COACH');
  await form.getByRole('button', { name: 'Einladung erstellen' }).click();
  const link = await form.getByRole('textbox', { name: 'Einladungslink zum Weitergeben' }).inputValue();
  await admin.context().close();

  const newcomer = await (await browser.newContext()).newPage();
  await signIn(newcomer, 'newcomer');
  await newcomer.goto(new URL(link).pathname);
  await newcomer.getByRole('button', { name: 'Einladung annehmen' }).click();
  const refusal = newcomer.getByRole('main').getByRole('alert');
  await expect(refusal).toContainText('Diese Einladung gilt für die Rolle Coach, die Ihr Konto nicht hat');
  await expectGermanOnly(refusal);
  await newcomer.context().close();

  // a locked period: the first 100 days are final
  const coordinator = await (await browser.newContext()).newPage();
  await signIn(coordinator, 'coordinator');
  await coordinator.goto('/outreach/manage');
  const manage = coordinator.getByRole('main');
  await manage.getByLabel('Kennzahl', { exact: true }).selectOption({ value: 'actors_reached' });
  await manage.getByLabel('Bereich', { exact: true }).selectOption({ label: 'Kreatives Sachsen' });
  await manage.getByLabel('Gilt von', { exact: true }).fill('2017-07-03');
  await manage.getByLabel('Gilt bis', { exact: true }).fill('2017-07-07');
  await manage.getByLabel('Wert', { exact: true }).fill('7');
  await manage.getByRole('button', { name: 'Wert speichern' }).click();
  const locked = manage.getByRole('alert').filter({ hasText: 'Erste 100 Tage' });
  await expectGermanOnly(locked);
  await coordinator.context().close();
});

test('the outreach report shows 3.271 actors publicly and internally, whole numbers only, and no German unit in English', async ({
  browser,
}) => {
  const anonymous = await (await browser.newContext()).newPage();
  const coordinator = await (await browser.newContext()).newPage();
  await signIn(coordinator, 'coordinator');
  for (const page of [anonymous, coordinator]) {
    await page.goto('/outreach?from=2017-06-27&to=2017-10-04');
    const reach = page.locator('[data-indicator="actors_reached"]');
    await expect(reach).toContainText('3.271 Personen');
    const figures = await page.locator('.fact-card__value').allInnerTexts();
    expect(figures.length).toBeGreaterThan(3);
    for (const figure of figures) expect(figure, 'a whole number').not.toMatch(/\d,\d/);
  }
  await expect(coordinator.locator('[data-indicator="actors_reached"]')).toContainText('Noch nicht abgeschlossen');

  await anonymous.getByRole('button', { name: 'English (EN)' }).click();
  await expect(anonymous.getByRole('heading', { level: 1, name: 'Outreach' })).toBeVisible();
  await expect(anonymous.locator('[data-indicator="actors_reached"]')).toContainText('3,271 persons');
  const cards = await anonymous.locator('.fact-cards').innerText();
  expect(cards).not.toMatch(
    /\b(Personen|Standorte|Veranstaltungen|Initiativen|Abonnenten|AbonnentInnen|Mitglieder|Vorzeitraum|Veränderung|anteilig)\b/,
  );
  await anonymous.context().close();
  await coordinator.context().close();
});
