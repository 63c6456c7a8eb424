import type { OutcomeStatus } from '@malbild/shared';

// UI text of the entry grid (utfall och målvärden per år) and the measure definition editor.
export const strings = {
  entryTitle: 'Inmatning',
  entryHeading: (year: number) => `Utfall och målvärden ${year}`,
  entryPurpose: 'föra in utfall och målvärden',
  entryLabel: 'årets värden',
  entryPeriod: (name: string) => `Målperioden ${name}.`,
  entryIntro:
    'Skriv som i dokumenten: 14,2 eller 26 383 eller 41 %. En tom cell betyder att värdet saknas – aldrig noll. Bara ändrade celler sparas, och varje cell visar sedan om den sparades.',
  keyboardHelpSummary: 'Så använder du tabellen med tangentbordet',
  keyboardHelp: [
    'Tabb och Skift+Tabb flyttar mellan cellerna.',
    'Enter flyttar nedåt och Skift+Enter uppåt, som i ett kalkylark.',
    'Pil upp och pil ned flyttar till raden ovanför eller under. Pil vänster och höger flyttar till nästa cell när markören står först eller sist i texten.',
    'I kolumnen Status väljer du med första bokstaven (S, P eller D) eller öppnar listan med Alt+Pil ned.',
    'Esc ångrar din ändring i cellen.',
    'Klistra in en kolumn eller ett block från Excel: cellerna nedåt (och åt höger) fylls.',
    'Ctrl+S sparar.',
  ],
  yearPickerLabel: 'Välj år',
  yearPickerIntro: 'År:',
  tableCaption: (year: number) => `Utfall och målvärden för alla resultatmått ${year}`,
  columnMeasure: 'Resultatmått',
  columnOutcome: (year: number) => `Utfall ${year}`,
  columnStatus: 'Status',
  columnNote: 'Not',
  columnSource: 'Källa',
  columnTarget: (year: number) => `Målvärde ${year}`,
  columnDecision: 'Beslut',
  columnHistory: 'Historik',
  cellLabel: (column: string, measureName: string) => `${column}, ${measureName}`,
  scale: (min: string | null, max: string | null) =>
    min !== null && max !== null ? `${min}–${max}` : min !== null ? `minst ${min}` : `högst ${max}`,
  decimals: (n: number) => (n === 0 ? 'heltal' : `${n} ${n === 1 ? 'decimal' : 'decimaler'}`),
  changedHint: 'Ändrad, inte sparad',
  statusLabels: {
    final: 'Slutligt',
    preliminary: 'Preliminärt',
    partial: 'Del av år',
  } satisfies Record<OutcomeStatus, string>,
  history: 'Historik',
  historyFor: (number: number, name: string) => `för ${number} ${name}`,
  historyTitle: (number: number, name: string, year: number) =>
    `Historik för ${number} ${name}, ${year}`,
  close: 'Stäng',
  // Save bar and results.
  save: 'Spara ändringar',
  saving: 'Sparar …',
  saveShortcut: 'Ctrl+S',
  reason: 'Orsak till ändringarna (valfri)',
  reasonHint: 'Sparas i historiken med varje värde du sparar härnäst, t.ex. ”Rättat enligt SCB”.',
  unsavedCount: (n: number) =>
    n === 0
      ? 'Inga osparade ändringar'
      : `${n} ${n === 1 ? 'värde' : 'värden'} ändrade, inte sparade`,
  nothingToSave: 'Inga ändringar att spara.',
  fixFirst: (n: number) =>
    `${n} ${n === 1 ? 'cell' : 'celler'} går inte att spara och skickades inte. Rätta det som står vid cellen och spara igen.`,
  summary: (saved: number, refused: number, conflicts: number, unchanged: number) =>
    [
      `${saved} ${saved === 1 ? 'sparad' : 'sparade'}`,
      `${refused} ${refused === 1 ? 'nekad' : 'nekade'}`,
      `${conflicts} ${conflicts === 1 ? 'konflikt' : 'konflikter'}`,
      ...(unchanged > 0 ? [`${unchanged} oförändrade`] : []),
    ].join(', ') + '.',
  saveFailed: (message: string) => `Inget sparades: ${message}`,
  pasted: (filled: number, skipped: number) =>
    `Klistrade in ${filled} ${filled === 1 ? 'värde' : 'värden'}` +
    (skipped > 0
      ? `; ${skipped} kunde inte läsas (status ska vara Slutligt, Preliminärt eller Del av år).`
      : '.'),
  resultSaved: '✓ Sparad',
  resultUnchanged: 'Oförändrad',
  resultRefused: 'Nekad:',
  resultConflict: 'Konflikt',
  resultTheirs: 'Den andras värde används',
  conflictMessage: (what: string, value: string, by: string, at: string) =>
    `${what}: Någon annan har ändrat värdet till ${value} (av ${by}, ${at}).`,
  conflictNoValue: 'inget värde',
  conflictUnknownUser: 'okänd',
  keepMine: 'Behåll mitt',
  takeTheirs: 'Ta deras',
  kindOutcome: 'Utfall',
  kindTarget: 'Målvärde',
  restoredDrafts:
    'Dina osparade ändringar från förra besöket på sidan finns kvar. Spara dem eller ångra dem med Esc i cellen.',
} as const;
