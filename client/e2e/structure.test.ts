import { describe, expect, it } from 'vitest';
import { addUser, openSignedInPage, scriptErrors } from './support/accounts';
import { useHarness } from './support/harness';
import {
  axeViolations,
  checkAndCapture,
  openPage,
  screenshot,
  waitForHydration,
} from './support/pages';

// Each attempt from the seed: the test creates 2026–2029, which a retry could not create again.
const harness = useHarness(undefined, 'attempt');

// A controller edits a copied period's structure in the browser: renames, reorders and removes
// with a reason each (kept in the history), edits and moves a measure's definition, meets a
// concurrent edit in the conflict box, shows the planned period to the public as "Förslag";
// an administrator closes it and opens it again with a reason.
describe('periodens struktur', () => {
  it('edits, reorders and removes areas, goals and measures, with reasons in the history', async () => {
    await addUser(harness().db, 'ada', ['admin'], { displayName: 'Ada Admin' });
    const admin = await openSignedInPage(harness().browser, harness().baseUrl, 'desktop', 'ada');
    const { page } = admin;
    page.on('dialog', (dialog) => void dialog.accept());
    await page.goto(`${harness().baseUrl}/admin/perioder`);
    await page.getByRole('heading', { name: 'Ny målperiod' }).waitFor();
    await waitForHydration(page);
    await page.getByLabel('Namn', { exact: true }).fill('2026–2029');
    await page.getByLabel('Första året').fill('2026');
    await page.getByLabel('Sista året').fill('2029');
    await page.getByLabel('Kopiera från').selectOption({ label: '2021–2025' });
    await page.getByRole('button', { name: 'Skapa perioden' }).click();
    const structure = page.getByRole('region', { name: 'Struktur för 2026–2029' });
    await structure.getByText('17. Energianvändning', { exact: false }).waitFor();
    const notice = (text: string) => page.getByRole('status').filter({ hasText: text }).waitFor();

    // Rename an area, with a reason.
    await structure.getByRole('button', { name: 'Ändra målområdet Livsmiljö' }).click();
    await structure.getByLabel('Målområdets namn').first().fill('Livsmiljö och klimat');
    await structure.getByLabel('Varför? (valfritt)').first().fill('Fullmäktiges nya namn');
    await structure.getByRole('button', { name: 'Spara', exact: true }).click();
    await notice('Livsmiljö och klimat är sparat.');
    await structure.getByRole('heading', { name: 'Livsmiljö och klimat' }).waitFor();

    // Reorder: the area moves up, with the reason the quick field gives.
    await structure.getByLabel('Varför flyttas eller tas något bort?').fill('Ny ordning');
    await structure
      .getByRole('button', { name: 'Flytta upp målområdet Livsmiljö och klimat' })
      .click();
    await notice('Livsmiljö och klimat är flyttat.');

    // A goal with measures is not removed: the API's answer is the notice.
    const goal = 'En av landets bästa skolkommuner';
    await structure.getByRole('button', { name: `Ta bort verksamhetsmålet ${goal}` }).click();
    await notice('Verksamhetsmålet har resultatmått');

    // A goal's "Det här menar vi med målet" and its name's error beside the field.
    await structure.getByRole('button', { name: `Ändra verksamhetsmålet ${goal}` }).click();
    await structure.getByLabel('Verksamhetsmålets namn').first().fill('');
    await structure.getByRole('button', { name: 'Spara', exact: true }).click();
    await structure.getByText('Fyll i namn').waitFor();
    await structure.getByLabel('Verksamhetsmålets namn').first().fill(goal);
    await structure
      .getByLabel('Det här menar vi med målet')
      .first()
      .fill('Alla elever klarar skolan.');
    await structure.getByRole('button', { name: 'Spara', exact: true }).click();
    await notice(`${goal} är sparat.`);

    // A concurrent edit: someone else renames the goal while this form is open.
    await structure.getByRole('button', { name: `Ändra verksamhetsmålet ${goal}` }).click();
    const other = await openSignedInPage(harness().browser, harness().baseUrl, 'desktop', 'ada');
    await other.page.goto(`${harness().baseUrl}/admin/perioder?period=2`);
    await waitForHydration(other.page);
    await other.page.getByRole('button', { name: `Ändra verksamhetsmålet ${goal}` }).click();
    await other.page.getByLabel('Verksamhetsmålets namn').first().fill('Landets bästa skolkommun');
    await other.page.getByRole('button', { name: 'Spara', exact: true }).click();
    await other.page
      .getByRole('status')
      .filter({ hasText: 'Landets bästa skolkommun är sparat.' })
      .waitFor();
    await other.context.close();
    await structure
      .getByLabel('Det här menar vi med målet')
      .first()
      .fill('Varje elev klarar skolan.');
    await structure.getByRole('button', { name: 'Spara', exact: true }).click();
    await page.getByRole('alert').filter({ hasText: 'har ändrat verksamhetsmålet' }).waitFor();
    await page
      .getByRole('button', { name: 'Lägg mina ändringar ovanpå den nya versionen' })
      .click();
    expect(await structure.getByLabel('Verksamhetsmålets namn').first().inputValue()).toBe(
      'Landets bästa skolkommun',
    );
    await structure.getByRole('button', { name: 'Spara', exact: true }).click();
    await notice('Landets bästa skolkommun är sparat.');

    // A measure removed with a reason (nothing recorded for it in this period).
    await structure.getByLabel('Varför flyttas eller tas något bort?').fill('Mäts inte längre');
    await structure.getByRole('button', { name: 'Ta bort resultatmått 17' }).click();
    await notice('är borttaget');

    // The planned period shown to the public as a proposal.
    await page.getByLabel('Visa för allmänheten som förslag').check();
    await page.getByRole('button', { name: 'Spara perioden' }).click();
    await notice('syns nu för allmänheten, märkt som förslag');

    const history = page.getByRole('region', { name: 'Ändringshistorik' });
    await history.getByText('Mäts inte längre').waitFor();
    await history.getByText('Fullmäktiges nya namn').waitFor();
    await history.getByText('Ny ordning').first().waitFor();
    // The refusals above were on purpose (400, 409): the browser logs each itself.
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'structure-admin', 'desktop');
    expect(scriptErrors(admin.errors)).toEqual([]);

    // The measure's full definition, moved to another goal: it gets its new number.
    const editor = await openSignedInPage(harness().browser, harness().baseUrl, 'desktop', 'ada');
    await editor.page.goto(`${harness().baseUrl}/admin/perioder?period=2`);
    await waitForHydration(editor.page);
    await editor.page
      .getByRole('link', { name: 'Ändra definitionen resultatmått 1', exact: true })
      .click();
    await editor.page.getByLabel('Sammankallande enhet').waitFor();
    await waitForHydration(editor.page);
    await editor.page.getByLabel('Kolada-id (valfritt)').fill('N15505');
    await editor.page.getByLabel('Sammankallande enhet').selectOption('SOU');
    await editor.page.getByLabel('Verksamhetsmål').selectOption({ label: 'En tillväxtkommun' });
    await editor.page.getByRole('button', { name: 'Spara definitionen' }).click();
    await editor.page
      .getByRole('status')
      .filter({ hasText: 'Resultatmåttet har nu nummer' })
      .waitFor();
    expect(await editor.page.getByLabel('Sammankallande enhet').inputValue()).toBe('SOU');
    expect(await editor.page.getByLabel('Kolada-id (valfritt)').inputValue()).toBe('N15505');
    await checkAndCapture(editor, 'structure-definition', 'desktop');
    await editor.context.close();

    const phone = await openSignedInPage(harness().browser, harness().baseUrl, 'phone', 'ada');
    await phone.page.goto(`${harness().baseUrl}/admin/perioder?period=2`);
    await phone.page.getByRole('region', { name: 'Ändringshistorik' }).waitFor();
    await waitForHydration(phone.page);
    await checkAndCapture(phone, 'structure-admin', 'phone');
    await phone.context.close();

    for (const viewport of ['desktop', 'phone'] as const) {
      const visitor = await openPage(harness().browser, viewport);
      await visitor.page.goto(`${harness().baseUrl}/?period=2`);
      await visitor.page.getByText('är ett förslag som ännu inte är beslutat').waitFor();
      await waitForHydration(visitor.page);
      await checkAndCapture(visitor, 'period-proposal', viewport);
    }

    // Closed, then opened again by the administrator: the reason is required and kept.
    const closer = await openSignedInPage(harness().browser, harness().baseUrl, 'desktop', 'ada');
    closer.page.on('dialog', (dialog) => void dialog.accept());
    await closer.page.goto(`${harness().baseUrl}/admin/perioder?period=2`);
    await waitForHydration(closer.page);
    await closer.page.getByRole('button', { name: 'Aktivera 2026–2029' }).click();
    await closer.page.getByRole('status').filter({ hasText: '2026–2029 är aktiv' }).waitFor();
    await closer.page.getByRole('button', { name: 'Stäng 2026–2029' }).click();
    await closer.page.getByRole('status').filter({ hasText: '2026–2029 är stängd' }).waitFor();
    await closer.page.getByRole('button', { name: 'Öppna 2026–2029 igen' }).click();
    await closer.page.getByText('Skriv varför perioden öppnas igen').waitFor();
    await closer.page.getByLabel('Varför öppnas perioden igen?').fill('Rättelse av målvärden');
    await closer.page.getByRole('button', { name: 'Öppna 2026–2029 igen' }).click();
    await closer.page.getByRole('status').filter({ hasText: '2026–2029 är öppnad igen' }).waitFor();
    await closer.page
      .getByRole('region', { name: 'Ändringshistorik' })
      .getByText('Rättelse av målvärden')
      .waitFor();
    await closer.context.close();
    await admin.context.close();
    // One period's whole story in one test: longer than the default minute on a shared machine.
  }, 240_000);
});
