// UI text of the components shared by several features.
export const strings = {
  loading: (what: string) => `Hämtar ${what} …`,
  errorTitle: (what: string) => `Det gick inte att hämta ${what}.`,
  retry: 'Försök igen',
  breadcrumbs: 'Du är här',
  downloadCsv: 'Ladda ner som CSV',
  downloadPdf: 'Ladda ner som PDF',
  downloadDocx: 'Ladda ner som Word',
  licence: 'Licens:',
  contactEmail: 'E-post:',
  contactPhone: 'Telefon:',
  contactWeb: 'Webbplats:',
  provisional: 'preliminärt',
  lowerIsBetter: 'Lägre är bättre',
  updatedAt: 'Senast uppdaterad',
  nextFollowUp: 'Nästa uppföljning',
  nextFollowUpOf: (occasion: string, year: number) => `${occasion.toLowerCase()} ${year}`,
  doneShare: (done: number, total: number) => `${done} av ${total} genomförda`,
  fieldErrorPrefix: 'Fel:',
  saving: 'Sparar …',
  none: '–',
  conflictTitle: (who: string, subject: string) =>
    `${who} har ändrat ${subject} medan du arbetade.`,
  conflictSomeoneElse: 'Någon annan',
  conflictNotSaved: 'Dina ändringar är inte sparade.',
  conflictNow: 'Nu sparat',
  conflictKeepMine: 'Lägg mina ändringar ovanpå den nya versionen',
  conflictTakeTheirs: 'Använd den sparade versionen och släng mina ändringar',
  koladaSearchLabel: 'Sök nyckeltal i Kolada',
  koladaSearchHint: 'Skriv en del av nyckeltalets namn, t.ex. meritvärde, och tryck Sök.',
  koladaSearch: 'Sök',
  koladaSearching: 'Söker i Kolada …',
  koladaHits: (shown: number, total: number) =>
    total === 0
      ? 'Inga nyckeltal i Kolada har det i namnet.'
      : shown < total
        ? `${total} nyckeltal hittades; de ${shown} första visas. Skriv mer för att begränsa.`
        : `${total} nyckeltal hittades.`,
  koladaHitsLabel: 'Nyckeltal i Kolada',
  koladaChoose: 'Välj',
  koladaChosen: (id: string) => `${id} är valt som Kolada-id. Spara för att behålla det.`,
  conflictReapplied:
    'Dina ändringar ligger nu ovanpå den sparade versionen. Kontrollera fälten och spara igen.',
} as const;
