import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, loginThroughKeycloak } from './helpers';

const ORGANISATION = 'Haldern Pop';

async function signIn(page: Page, username: string) {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await loginThroughKeycloak(page, username, username);
  await expect(page.getByRole('banner').getByRole('button', { name: 'Abmelden' })).toBeVisible();
}

test('the admin invites a person into an organisation; after redeeming, the person sees "Meine Organisation"', async ({
  browser,
}) => {
  const admin = await (await browser.newContext()).newPage();
  await signIn(admin, 'admin');
  await admin.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Verwaltung', exact: true }).click();
  await expect(admin.getByRole('heading', { level: 1, name: 'Verwaltung' })).toBeVisible();
  await expectNoAxeViolations(admin);
  await admin.getByRole('link', { name: 'Mitgliedschaften' }).first().click();
  await expect(admin.getByRole('heading', { level: 1, name: 'Mitgliedschaften' })).toBeVisible();
  await expect(admin.getByText(/\d+ Mitgliedschaften?$/)).toBeVisible();
  await expectNoAxeViolations(admin);

  // The e2e database may be reused: end what an earlier run left, so the newcomer starts without an organisation.
  const members = admin.getByRole('region', { name: 'Mitglieder' });
  const leftOver = members.getByRole('button', { name: /Mitgliedschaft beenden Nina Neu/ });
  while ((await leftOver.count()) > 0) {
    await leftOver.first().click();
    const dialog = admin.getByRole('dialog', { name: 'Mitgliedschaft beenden?' });
    await dialog.getByRole('button', { name: 'Mitgliedschaft beenden' }).click();
    await expect(dialog).toBeHidden();
  }

  const newcomer = await (await browser.newContext()).newPage();
  await signIn(newcomer, 'newcomer');
  await expect(newcomer.getByRole('link', { name: 'Meine Organisation' })).toHaveCount(0);

  // Invite: search the organisation, choose it and the role, create the link.
  const form = admin.getByRole('form', { name: 'Person einladen' });
  await form.getByRole('searchbox', { name: 'Organisation suchen' }).fill('Haldern');
  const organisation = form.getByRole('combobox', { name: /^Organisation/ });
  await expect(organisation.getByRole('option', { name: /Haldern Pop/ })).toBeAttached();
  await organisation.selectOption({ label: 'Haldern Pop (Rees)' });
  await form.getByRole('combobox', { name: /^Rolle/ }).selectOption('PARTNER');
  await form.getByRole('button', { name: 'Einladung erstellen' }).click();
  await expect(form.getByText(`Einladung für ${ORGANISATION} erstellt.`)).toBeVisible();
  const link = await form.getByRole('textbox', { name: 'Einladungslink zum Weitergeben' }).inputValue();
  expect(link).toMatch(/\/invitations\/[A-Za-z0-9_-]{20,}$/);
  await expectNoAxeViolations(admin);

  // The person opens the link signed in and accepts.
  await newcomer.goto(new URL(link).pathname);
  await expect(newcomer.getByRole('heading', { level: 1, name: 'Einladung annehmen' })).toBeVisible();
  await expectNoAxeViolations(newcomer);
  await newcomer.getByRole('button', { name: 'Einladung annehmen' }).click();
  await expect(newcomer.getByText(`Sie gehören jetzt zu ${ORGANISATION}.`)).toBeVisible();
  await newcomer.getByRole('banner').getByRole('link', { name: 'Meine Organisation' }).click();
  await expect(newcomer.getByRole('heading', { level: 1, name: 'Meine Organisation' })).toBeVisible();
  await expect(newcomer.getByRole('main').getByText(ORGANISATION).first()).toBeVisible();

  // The admin sees the person with name, role and organisation, and the invitation as accepted.
  await admin.reload();
  await expect(members.getByRole('row', { name: /Nina Neu \(Demo\).*PartnerIn.*Haldern Pop/ })).toBeVisible();
  await expect(
    admin
      .getByRole('region', { name: 'Einladungen' })
      .getByRole('row', { name: /Haldern Pop.*angenommen/ })
      .first(),
  ).toBeVisible();
});

test('keyboard only: the memberships screen is reached and an invitation is created and revoked by keys', async ({ page }) => {
  await signIn(page, 'admin');
  await page.goto('/admin/memberships');
  await expect(page.getByRole('heading', { level: 1, name: 'Mitgliedschaften' })).toBeVisible();

  const search = page.getByRole('searchbox', { name: 'Organisation suchen' }).first();
  await search.focus();
  await page.keyboard.type('Kalbe');
  await page.keyboard.press('Tab');
  const organisation = page.getByRole('form', { name: 'Person einladen' }).getByRole('combobox', { name: /^Organisation/ });
  await expect(organisation).toBeFocused();
  // the server's answer to the search has replaced the unfiltered choices (A–Z): Kalbe is now the first one
  await expect(organisation.locator('option:not([value=""])').first()).toHaveText(/Künstlerstadt Kalbe/);
  await page.keyboard.press('ArrowDown');
  await expect(organisation).not.toHaveValue('');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Einladung erstellen' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByText(/^Einladung für Künstlerstadt Kalbe e\.V\. erstellt\.$/)).toBeVisible();

  const revoke = page
    .getByRole('region', { name: 'Einladungen' })
    .getByRole('button', { name: /Widerrufen Künstlerstadt Kalbe/ })
    .first();
  await revoke.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Einladung widerrufen?' });
  await expect(dialog.getByRole('button', { name: 'Widerrufen' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(
    page
      .getByRole('region', { name: 'Einladungen' })
      .getByRole('row', { name: /widerrufen/ })
      .first(),
  ).toBeVisible();
});
