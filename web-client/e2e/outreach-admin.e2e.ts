import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, loginThroughKeycloak } from './helpers';

// A period of its own each run (the e2e database may be reused): one month in a far-off year.
const year = 2300 + (Math.floor(Date.now() / 1000) % 600);
const PERIOD = `E2E-Reichweite ${year}`;
const FROM = `${year}-03-01`;
const TO = `${year}-03-31`;
const SCOPE = 'Beratungsstelle Pirna (Pirna)';
const SCOPE_ID = '8f3e5a10-4d07-4f6e-9c70-000000000021';
const REASON = `Zwei Gruppen doppelt gezählt (${year})`;

async function signIn(page: Page, user: string) {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await loginThroughKeycloak(page, user, user);
  await expect(page.getByRole('banner').getByRole('button', { name: 'Abmelden' })).toBeVisible();
}

async function openFigures(page: Page) {
  await page.goto('/outreach/manage');
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { level: 1, name: 'Kennzahlen erfassen' })).toBeVisible();
  await main.getByLabel('Zeitraum der Übersicht').selectOption({ label: `${PERIOD} (Offen)` });
  await main.getByLabel('Bereich der Übersicht').selectOption({ label: SCOPE });
  await expect(main.getByRole('region', { name: new RegExp(`Erfasst für „${PERIOD}“`) })).toBeVisible();
  return main;
}

test('the coordinator creates a period and enters every manual indicator; an admin corrects one with a reason, the report and the audit log show it', async ({
  page,
  browser,
}) => {
  // two sign-ins, a dozen saves and four axe runs on long pages
  test.setTimeout(180_000);
  await signIn(page, 'coordinator');
  await page.goto('/outreach/manage');
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { level: 1, name: 'Kennzahlen erfassen' })).toBeVisible();
  await expectNoAxeViolations(page);

  // a new period, through the form engine
  const form = main.getByRole('form', { name: 'Neuer Berichtszeitraum' });
  await form.getByRole('button', { name: 'Zeitraum anlegen' }).click();
  await expect(form.getByRole('alert')).toContainText('Name des Zeitraums: Bitte ausfüllen.');
  await form.getByLabel(/^Name des Zeitraums/).fill(PERIOD);
  await form.getByLabel(/^Erster Tag/).fill(FROM);
  await form.getByLabel(/^Letzter Tag/).fill(TO);
  await form.getByRole('button', { name: 'Zeitraum anlegen' }).click();
  await expect(form.getByRole('status')).toHaveText('Gespeichert.');
  await expect(main.getByRole('row').filter({ hasText: PERIOD })).toContainText('Offen');

  await openFigures(page);
  // before anything is entered, every manual indicator is missing
  await expect(main.getByText(/Vor dem Einreichen fehlen noch 4 Kennzahlen/)).toBeVisible();
  await expectNoAxeViolations(page);
  const entries = main.getByLabel(/^Wert für /);
  let value = 10;
  while ((await entries.count()) > 0) {
    const field = entries.first();
    const label = (await field.getAttribute('id'))!;
    const name = (await main.locator(`label[for="${label}"]`).innerText()).replace(/^Wert für /, '').replace(/\s*\(.*\)$/, '');
    await field.fill(String(value));
    await main.getByRole('button', { name: `Erfassen: ${name}` }).click();
    await expect(main.getByRole('row').filter({ has: page.getByRole('rowheader', { name, exact: true }) })).toContainText(
      `Korrigieren: ${name}`,
    );
    value += 10;
  }
  await expect(main.getByText('Alle manuellen Kennzahlen sind erfasst. Der Zeitraum kann eingereicht werden.')).toBeVisible();
  const groupRow = main.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Gruppenmitglieder', exact: true }) });
  const entered = Number((await groupRow.getByRole('cell').nth(1).innerText()).replace(/\./g, ''));
  expect(entered).toBeGreaterThan(0);
  // derived figures name the records they come from
  await expect(main.getByRole('heading', { name: 'Herkunft der abgeleiteten Zahlen' })).toBeVisible();

  // the admin corrects one figure with a reason
  const admin = await (await browser.newContext()).newPage();
  await signIn(admin, 'admin');
  const adminMain = await openFigures(admin);
  const row = adminMain
    .getByRole('row')
    .filter({ has: admin.getByRole('rowheader', { name: 'Gruppenmitglieder', exact: true }) });
  await row.getByRole('button', { name: 'Korrigieren: Gruppenmitglieder' }).click();
  const correction = row.getByRole('form', { name: 'Gruppenmitglieder korrigieren' });
  await correction.getByLabel(/^Korrigierter Wert/).fill('7');
  await correction.getByRole('button', { name: 'Korrektur speichern' }).click();
  await expect(correction.getByRole('alert')).toContainText('Grund der Korrektur: Bitte geben Sie einen Grund an.');
  await correction.getByLabel(/^Grund der Korrektur/).fill(REASON);
  await correction.getByRole('button', { name: 'Korrektur speichern' }).click();
  await expect(adminMain.getByText('Die Korrektur von „Gruppenmitglieder“ ist gespeichert.')).toBeVisible();
  await expect(row.getByRole('cell').nth(1)).toHaveText('7');
  await expect(row).toContainText('korrigiert');
  await row.getByText('Verlauf: Gruppenmitglieder').click();
  await expect(row).toContainText(`Erfasst: ${entered} von Konrad Koordinator (Demo)`);
  await expect(row).toContainText(`Korrigiert: ${entered} → 7 von Ada Admin (Demo)`);
  await expect(row).toContainText(`Grund: ${REASON}`);

  // the report for the period and the counselling location counts the corrected figure
  await admin.goto(`/outreach?from=${FROM}&to=${TO}&interval=MONTH&scopeId=${SCOPE_ID}`);
  const card = admin.locator('.fact-card[data-indicator="group_members"]');
  await expect(card.locator('.fact-card__value')).toContainText(/^7 /);

  // the audit log finds the correction by person, with the value before and after
  await admin.goto('/admin/audit');
  const audit = admin.getByRole('main');
  await expect(audit.getByRole('heading', { level: 1, name: 'Änderungsprotokoll' })).toBeVisible();
  await expectNoAxeViolations(admin);
  await audit.getByLabel('Person (Name oder Kennung)').fill('Ada Admin');
  await audit.getByLabel('Art des Eintrags').selectOption({ label: 'Messwert' });
  await audit.getByLabel('Aktion').selectOption({ label: 'Korrigiert' });
  await audit.getByRole('button', { name: 'Filtern' }).click();
  const entry = audit.getByRole('row').filter({ hasText: REASON });
  await expect(entry).toHaveCount(1);
  await expect(entry).toContainText('Ada Admin (Demo)');
  await expect(entry).toContainText(`value: ${entered} → 7`);
  await expectNoAxeViolations(admin);
  await admin.context().close();
});

test('the audit log works by keyboard alone: filter fields in order, Enter filters, the results follow', async ({ page }) => {
  await signIn(page, 'admin');
  await page.goto('/admin/audit');
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { level: 1, name: 'Änderungsprotokoll' })).toBeVisible();
  const person = main.getByLabel('Person (Name oder Kennung)');
  await person.focus();
  await expect(person).toBeFocused();
  await page.keyboard.type('Konrad');
  const order = ['Art des Eintrags', 'Eintrag (Kennung)', 'Aktion', 'Von (Tag)', 'Bis (Tag)'];
  // a date field takes one Tab per part (day, month, year)
  const tabTo = async (target: ReturnType<typeof main.getByLabel>) => {
    for (let presses = 0; presses < 5; presses++) {
      await page.keyboard.press('Tab');
      if (await target.evaluate((element) => element === document.activeElement)) return;
    }
    await expect(target).toBeFocused();
  };
  for (const label of order) await tabTo(main.getByLabel(label, { exact: true }));
  await tabTo(main.getByRole('button', { name: 'Filtern' }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/person=Konrad/);
  const rows = main.getByRole('row');
  await expect(rows.nth(1)).toContainText('Konrad Koordinator (Demo)');
  // the results' table is reachable by Tab after the form's buttons
  await page.keyboard.press('Tab');
  await expect(main.getByRole('button', { name: 'Filter zurücksetzen' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(main.getByRole('region', { name: 'Einträge, neueste zuerst' })).toBeFocused();
});

test('the admin changes an indicator with If-Match and adds a counselling location; both screens pass axe', async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, 'admin');
  await page.goto('/outreach/manage/indicators');
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { level: 1, name: 'Kennzahlen' })).toBeVisible();
  await expectNoAxeViolations(page);
  await main.getByRole('button', { name: 'Bearbeiten: Facebook-Abonnenten' }).click();
  const form = main.getByRole('form', { name: 'Kennzahl „Facebook-Abonnenten“ bearbeiten' });
  const unit = form.getByLabel(/^Einheit/);
  const before = await unit.inputValue();
  const after = before === 'Abonnements' ? 'Abos' : 'Abonnements';
  await unit.fill(after);
  await form.getByRole('button', { name: 'Kennzahl speichern' }).click();
  await expect(form.getByRole('status')).toHaveText('Gespeichert.');
  await expect(main.getByRole('row').filter({ hasText: 'facebook_subscribers' })).toContainText(after);
  await expectNoAxeViolations(page);

  await page.goto('/outreach/manage/scopes');
  await expect(main.getByRole('heading', { level: 1, name: 'Bereiche' })).toBeVisible();
  await expectNoAxeViolations(page);
  const name = `Beratungsstelle E2E ${year}`;
  const scopeForm = main.getByRole('form', { name: 'Neuer Bereich' });
  await scopeForm.getByLabel(/^Name/).fill(name);
  await scopeForm.getByLabel(/^Ort/).fill('Meißen');
  await scopeForm.getByRole('button', { name: 'Bereich anlegen' }).click();
  // the API's refusal names the field: a counselling location counts from its opening day
  await expect(scopeForm.getByRole('alert')).toContainText('Eröffnet am:');
  await scopeForm.getByLabel(/^Eröffnet am/).fill(`${year}-01-15`);
  await scopeForm.getByRole('button', { name: 'Bereich anlegen' }).click();
  await expect(scopeForm.getByRole('status')).toHaveText('Gespeichert.');
  await expect(main.getByRole('row').filter({ hasText: name })).toContainText('Beratungsstelle');
});

test('targets and report texts: axe on both screens; the admin adds a report text for a counselling location', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await signIn(page, 'admin');
  const main = page.getByRole('main');
  await page.goto('/outreach/manage/targets');
  await expect(main.getByRole('heading', { level: 1, name: 'Ziel- und Ausgangswerte' })).toBeVisible();
  await expect(main.getByRole('region', { name: 'Ziel- und Ausgangswerte' })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto('/outreach/manage/narratives');
  await expect(main.getByRole('heading', { level: 1, name: 'Berichtstexte' })).toBeVisible();
  await expectNoAxeViolations(page);
  const form = main.getByRole('form', { name: 'Neuer Berichtstext' });
  const title = `Rückblick ${year}`;
  await form.getByLabel(/^Bereich/).selectOption({ label: 'Beratungsstelle Pirna' });
  await form.getByLabel(/^Berichtszeitraum/).selectOption({ index: 1 });
  await form.getByLabel(/^Überschrift/).fill(title);
  await form.getByLabel(/^Text/).fill('Die Beratungsstelle war gut besucht.');
  await form.getByRole('button', { name: 'Berichtstext anlegen' }).click();
  await expect(form.getByRole('status')).toHaveText('Gespeichert.');
  await expect(main.getByRole('row').filter({ hasText: title })).toContainText('Beratungsstelle Pirna');
});
