// UI text of the components shared by several features.
export const strings = {
  loading: (what: string) => `Hämtar ${what} …`,
  errorTitle: (what: string) => `Det gick inte att hämta ${what}.`,
  retry: 'Försök igen',
  breadcrumbs: 'Du är här',
  downloadCsv: 'Ladda ner som CSV',
  provisional: 'preliminärt',
  fieldErrorPrefix: 'Fel:',
} as const;
