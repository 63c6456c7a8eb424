// UI text of the components shared by several features.
export const strings = {
  loading: (what: string) => `Hämtar ${what} …`,
  errorTitle: (what: string) => `Det gick inte att hämta ${what}.`,
  retry: 'Försök igen',
  breadcrumbs: 'Du är här',
  downloadCsv: 'Ladda ner som CSV',
  provisional: 'preliminärt',
  doneShare: (done: number, total: number) => `${done} av ${total} genomförda`,
  fieldErrorPrefix: 'Fel:',
  conflictTitle: (subject: string) =>
    `Någon annan har ändrat ${subject} medan du arbetade. Dina ändringar är inte sparade.`,
  conflictReapply: 'Lägg mina ändringar ovanpå den nya versionen',
} as const;
