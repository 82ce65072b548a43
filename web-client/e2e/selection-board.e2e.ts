import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, loginThroughKeycloak } from './helpers';

// The demo round "Auswahlrunde 2026" has four "(Demo)" candidates, one only partly scored. Decisions can be
// revised while the round is open, so the test passes again on a database where it already ran.
test('the ranking separates the incomplete candidate, and a revised decision shows both decisions on the internal profile', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await loginThroughKeycloak(page, 'coordinator', 'coordinator');
  const banner = page.getByRole('banner');
  await expect(banner.getByRole('button', { name: 'Abmelden' })).toBeVisible();

  await banner.getByRole('link', { name: 'Auswahl' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Auswahlrunden' })).toBeVisible();
  const roundAnswer = page
    .waitForResponse((response) => /\/api\/v1\/selection-rounds\/[0-9a-f-]{36}$/.test(new URL(response.url()).pathname))
    .then((response) => response.json() as Promise<{ candidates: { organisation: { id: string; name: string } }[] }>);
  await page
    .getByRole('table', { name: 'Auswahlrunden, neueste zuerst' })
    .getByRole('link', { name: 'Auswahlrunde 2026' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Auswahlrunde 2026' })).toBeVisible();

  // Ranking: three fully scored demo candidates ranked from 1; the partly scored one ranked apart.
  const ranking = page.getByRole('table', { name: /^Rangliste/ });
  const rankingRows = ranking.locator('tbody tr');
  await expect(rankingRows).toHaveCount(3);
  for (const row of await rankingRows.all()) {
    await expect(row.getByRole('rowheader')).toContainText('(Demo)');
  }
  await expect(rankingRows.first().getByRole('cell').first()).toHaveText('1');
  await expect(page.getByRole('heading', { level: 3, name: 'Unvollständig bewertet' })).toBeVisible();
  const incomplete = page.getByRole('table', { name: /^Unvollständig bewertete Kandidaturen/ });
  await expect(incomplete.locator('tbody tr')).toHaveCount(1);
  const round = await roundAnswer;

  // Matrix: a row per candidate, a column per active criterion, mean scores with juror counts.
  const matrix = page.getByRole('table', { name: /^Bewertungsmatrix/ });
  await expect(matrix.locator('tbody tr')).toHaveCount(4);
  expect(await matrix.getByRole('columnheader').count()).toBeGreaterThan(1);
  await expect(matrix.getByText('2 Jurymitglieder').first()).toBeVisible();
  await expect(matrix.getByText(/^Ihre Punktzahl: \d$/).first()).toBeVisible();

  // The incomplete candidate is decided only with a reason for deciding now; then the decision is revised.
  const row = incomplete.locator('tbody tr').first();
  const name = (await row.getByRole('rowheader').textContent())!.trim();
  async function decide(decision: 'Ausgewählt' | 'Warteliste', rationale: string) {
    await incomplete
      .getByRole('row')
      .filter({ hasText: name })
      .getByRole('button', { name: /^Entscheiden über / })
      .click();
    const dialog = page.getByRole('dialog', { name: `Entscheiden: ${name}?` });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('radio', { name: decision }).check();
    await dialog.getByRole('textbox', { name: 'Begründung', exact: true }).fill(rationale);
    await dialog.getByRole('button', { name: 'Ja, Entscheiden' }).click();
    await expect(dialog.getByText('Bitte begründen Sie, warum Sie vor der vollständigen Bewertung entscheiden.')).toBeVisible();
    await dialog.getByRole('textbox', { name: 'Warum schon jetzt entscheiden?' }).fill('Die Jury hat ihre Sitzung beendet.');
    await dialog.getByRole('button', { name: 'Ja, Entscheiden' }).click();
    await expect(dialog).toBeHidden();
    await expect(incomplete.getByRole('row').filter({ hasText: name })).toContainText(rationale);
  }
  const stamp = new Date().toISOString();
  const first = `Überzeugendes, gut übertragbares Konzept (E2E ${stamp}).`;
  const second = `Doch erst auf die Warteliste, bis alle Kriterien bewertet sind (E2E ${stamp}).`;
  await decide('Ausgewählt', first);
  await decide('Warteliste', second);
  await expect(incomplete.getByRole('row').filter({ hasText: name })).toContainText('Entschieden von Konrad Koordinator (Demo)');
  await expectNoAxeViolations(page);

  // The internal profile keeps both decisions with their reasons.
  const organisationId = round.candidates.find((candidate) => candidate.organisation.name === name)!.organisation.id;
  await page.goto(`/organisations/${organisationId}`);
  const history = page.getByRole('region', { name: 'Auswahlverfahren' });
  await expect(history).toContainText(first);
  await expect(history).toContainText(second);
  await expect(history).toContainText('(später geändert)');
  await expect(history).toContainText('Die Jury hat ihre Sitzung beendet.');
  await expectNoAxeViolations(page);
});

// A coach juror reads the candidate's application (summary, facts, description) in the score dialog, although
// the organisation's internal profile is closed to coaches.
test('a coach reads the candidate’s application while scoring', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await loginThroughKeycloak(page, 'coach', 'coach');
  const banner = page.getByRole('banner');
  await expect(banner.getByRole('button', { name: 'Abmelden' })).toBeVisible();

  await banner.getByRole('link', { name: 'Auswahl' }).click();
  await page
    .getByRole('table', { name: 'Auswahlrunden, neueste zuerst' })
    .getByRole('link', { name: 'Auswahlrunde 2026' })
    .click();
  const matrix = page.getByRole('table', { name: /^Bewertungsmatrix/ });
  // Any undecided demo candidate: other tests may decide some of them.
  const scoreButton = matrix.getByRole('button', { name: /^(Bewerten|Ändern) – .*\(Demo\), / }).first();
  const label = (await scoreButton.textContent()) ?? '';
  const candidate = /– (.*\(Demo\)), /.exec(label)?.[1];
  await scoreButton.click();

  const dialog = page.getByRole('dialog', { name: /^Bewertung: / });
  await expect(dialog).toContainText(`Kandidatur: ${candidate ?? ''}`);
  const application = dialog.getByRole('region', { name: 'Bewerbung' });
  // Every demo candidate's summary begins so (api/src/main/resources/db/demo/R__30_demo_selection.sql).
  await expect(application).toContainText('Erfundenes Demo-Projekt:');
  await expect(application.getByRole('term').filter({ hasText: 'Gründungsjahr' })).toBeVisible();
  await expect(application.getByText('Ort', { exact: true })).toBeVisible();
  await expect(dialog.getByRole('radio', { name: '3' })).toBeVisible();
  await expectNoAxeViolations(page);
  await dialog.getByRole('button', { name: 'Abbrechen' }).click();
  await expect(dialog).toBeHidden();
});
