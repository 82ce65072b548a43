import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, loginThroughKeycloak } from './helpers';

// The coordinator proposes a tandem through the real Keycloak and API: the tandem board for the published
// concept of Künstlerkolonie Fichtelgebirge e.V. (demo world) ranks candidates with their reasons; the top
// suggestion becomes a PROPOSED tandem. Re-runnable: a candidate with an open tandem of the concept is no
// longer suggested, so each run takes whichever candidate is first now (it needs no reason).
const conceptTitle = 'Netzwerk der Kreativen im ländlichen Raum';

test('the coordinator proposes the top-ranked suggestion for the Fichtelgebirge concept and lands on the new tandem', async ({
  page,
}) => {
  test.setTimeout(120_000);

  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await loginThroughKeycloak(page, 'coordinator', 'coordinator');
  const banner = page.getByRole('banner');
  await expect(banner.getByRole('button', { name: 'Abmelden' })).toBeVisible();

  await banner.getByRole('link', { name: 'Tandems', exact: true }).click();
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { level: 1, name: 'Tandems' })).toBeVisible();
  await main.getByRole('link', { name: 'Tandem vorschlagen' }).click();
  await expect(page).toHaveURL(/\/tandems\/suggest$/);
  await expect(main.getByRole('heading', { level: 1, name: 'Tandem vorschlagen' })).toBeVisible();

  await main.getByRole('link', { name: `${conceptTitle} (Künstlerkolonie Fichtelgebirge e.V.)` }).click();
  await expect(page).toHaveURL(/\/tandems\/suggest\?conceptId=[0-9a-f-]{36}$/);
  await expect(main.getByRole('heading', { level: 2, name: `Vorschläge für „${conceptTitle}“` })).toBeVisible();

  // Ranked suggestions, each with its score and its reasons with their shares.
  const first = main.getByRole('article').first();
  await expect(first).toBeVisible();
  await expect(first.getByRole('heading', { level: 3 })).toContainText(/^Platz \d+/);
  await expect(first).toContainText(/Punktzahl: \d+ %/);
  await expect(first.getByRole('listitem').first()).toContainText(/Anteil \d+ von höchstens \d+ Prozentpunkten/);
  await expect(first.getByRole('meter').first()).toBeVisible();
  await expectNoAxeViolations(page);

  const organisation = ((await first.getByRole('heading', { level: 3 }).textContent()) ?? '').replace(/^Platz \d+\s*/, '').trim();
  expect(organisation).not.toBe('');
  await first.getByRole('button', { name: /^Tandem vorschlagen/ }).click();
  const dialog = page.getByRole('dialog', { name: `Tandem vorschlagen: ${organisation}` });
  await expect(dialog).toBeVisible();
  // The first suggestion is the top-ranked one: the reason is optional.
  await expect(dialog.getByRole('textbox', { name: 'Begründung (optional)' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Vorschlagen' }).click();

  await expect(page).toHaveURL(/\/tandems\/[0-9a-f-]{36}$/);
  await expect(
    main.getByRole('heading', { level: 1, name: `Tandem: Künstlerkolonie Fichtelgebirge e.V. und ${organisation}` }),
  ).toBeVisible();
  await expect(main.locator('.tandem-facts')).toContainText('Vorgeschlagen');
  await expect(main.getByRole('link', { name: conceptTitle })).toBeVisible();
  await expect(main.getByText(/^0 von 0 Meilensteinen erledigt$/)).toBeVisible();
  await expect(main.getByRole('heading', { level: 2, name: 'Arbeitsablauf' })).toBeVisible();
  await expect(main.getByRole('heading', { level: 2, name: 'Aktivitäten' })).toBeVisible();
  await expectNoAxeViolations(page);
});

// Both sides agree, each for their own organisation: Künstlerstadt Kalbe e.V. (user partner) and the demo
// candidate Designkollektiv Hof (user tandem). Re-runnable: the tandem is cancelled at the end (through the
// shared confirmation), and a cancelled pair may be proposed again.
const kalbeConcept = 'Künstlerstadt auf Zeit: Leerstand wird Atelier';
const hof = 'Designkollektiv Hof (Demo)';

test('a tandem becomes AGREED only after a member of each organisation has agreed', async ({ page, browser }) => {
  test.setTimeout(180_000);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await loginThroughKeycloak(page, 'coordinator', 'coordinator');
  await expect(page.getByRole('banner').getByRole('button', { name: 'Abmelden' })).toBeVisible();
  await page.goto('/tandems/suggest');
  const main = page.getByRole('main');
  await main.getByRole('link', { name: `${kalbeConcept} (Künstlerstadt Kalbe e.V.)` }).click();
  const card = main
    .getByRole('article')
    .filter({ has: page.getByRole('heading', { level: 3, name: new RegExp(hof.replace(/[()]/g, '\\$&')) }) });
  await card.getByRole('button', { name: /^Tandem vorschlagen/ }).click();
  const propose = page.getByRole('dialog', { name: `Tandem vorschlagen: ${hof}` });
  await propose.getByRole('textbox').first().fill('Hof bringt Gestaltung und Musik mit und sucht Räume in der Altstadt.');
  await propose.getByRole('button', { name: 'Vorschlagen' }).click();
  await expect(page).toHaveURL(/\/tandems\/[0-9a-f-]{36}$/);
  const tandemUrl = page.url();
  const facts = main.locator('.tandem-facts');
  await expect(facts).toContainText('Vorgeschlagen');
  // staff do not agree on the organisations' behalf
  await expect(main.getByRole('button', { name: 'Zustimmen' })).toHaveCount(0);

  async function agreeAs(username: string) {
    const context = await browser.newContext();
    const member = await context.newPage();
    await member.goto('/');
    await expect(member.getByRole('heading', { level: 1 })).toBeVisible();
    await loginThroughKeycloak(member, username, username);
    await expect(member.getByRole('banner').getByRole('button', { name: 'Abmelden' })).toBeVisible();
    await member.goto(tandemUrl);
    const memberMain = member.getByRole('main');
    await memberMain.getByRole('button', { name: 'Zustimmen' }).click();
    const dialog = member.getByRole('dialog', { name: /^Zustimmen: Tandem Künstlerstadt Kalbe e\.V\. – / });
    await expect(dialog).toContainText('erst, wenn beide Organisationen zugestimmt haben');
    await dialog.getByRole('button', { name: 'Ja, Zustimmen' }).click();
    await expect(memberMain.getByRole('button', { name: 'Zustimmen' })).toHaveCount(0);
    return { context, facts: memberMain.locator('.tandem-facts') };
  }

  const kalbe = await agreeAs('partner');
  await expect(kalbe.facts).toContainText('Künstlerstadt Kalbe e.V.: zugestimmt am');
  await expect(kalbe.facts).toContainText(`${hof}: noch nicht zugestimmt`);
  await expect(kalbe.facts).toContainText('Vorgeschlagen');
  await kalbe.context.close();

  const hofSide = await agreeAs('tandem');
  await expect(hofSide.facts).toContainText('Vereinbart');
  await expect(hofSide.facts).toContainText(`${hof}: zugestimmt am`);
  await hofSide.context.close();

  await page.reload();
  await expect(facts).toContainText('Vereinbart');
  await main.getByRole('button', { name: 'Abbrechen' }).click();
  const cancel = page.getByRole('dialog', { name: /^Abbrechen: Tandem / });
  await expect(cancel).toContainText('nicht rückgängig');
  await expectNoAxeViolations(page);
  await cancel.getByRole('textbox').fill('E2E: Probelauf beendet.');
  await cancel.getByRole('button', { name: 'Ja, Abbrechen' }).click();
  await expect(facts).toContainText('Abgebrochen');
});
