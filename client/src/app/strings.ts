// UI text of the app shell: header, navigation, footer and page-level fallbacks.
export const strings = {
  siteName: 'Målbild',
  siteTagline: 'Kommunens mål och resultat',
  skipLink: 'Hoppa till huvudinnehållet',
  navLabel: 'Huvudmeny',
  navStart: 'Översikt',
  navActivities: 'Målaktiviteter',
  footerAbout:
    'Målbild visar kommunens vision, mål, resultatmått och målaktiviteter. Siffrorna kommer från de dokument som kommunfullmäktige och nämnderna har beslutat om.',
  footerOpenData:
    'Öppna data: på sidorna för verksamhetsmål, resultatmått och målaktiviteter kan du ladda ner siffrorna som CSV-fil. Allt finns också samlat här, fritt att använda:',
  openDataLinksLabel: 'Öppna data',
  openDataLinks: [
    { href: '/api/export/measures.csv', label: 'Resultatmått, utfall och målvärden (CSV)' },
    { href: '/api/export/measures.json', label: 'Resultatmått, utfall och målvärden (JSON)' },
    { href: '/api/export/activities.csv', label: 'Målaktiviteter (CSV)' },
    { href: '/api/export/activities.json', label: 'Målaktiviteter (JSON)' },
    { href: '/api/docs', label: 'API-dokumentation' },
  ],
  loadingPage: 'sidan',
  pageErrorTitle: 'Sidan kunde inte visas',
  pageErrorText: 'Något gick fel när sidan skulle visas. Ladda om sidan och försök igen.',
  reload: 'Ladda om sidan',
  notFoundTitle: 'Sidan finns inte',
  notFoundText: 'Adressen leder inte till någon sida. Den kan ha ändrats eller skrivits fel.',
  backToStart: 'Till översikten',
  startTitle: 'Översikt',
  startHeading: 'Mål och resultat',
  goalTitle: 'Verksamhetsmål',
  goalLabel: 'målet',
  goalNotFound: 'Verksamhetsmålet finns inte',
  areaEyebrow: 'Målområde',
  measureNotFound: 'Resultatmåttet finns inte',
  measureTitle: (number: number) => `Resultatmått ${number}`,
  measureLabel: 'resultatmåttet',
  activitiesTitle: 'Målaktiviteter',
  activitiesIntro:
    'Målaktiviteter är det som förvaltningar, bolag och förbund gör under året för att resultatmåtten ska nå sina målvärden.',
  activitiesOptionsLabel: 'målen och resultatmåtten',
  activitiesPlanLink:
    'Varje förvaltnings och bolags plan som tabell, att skriva ut eller ladda ner – och för redaktörerna, att ändra och följa upp',
  planOptionsLabel: 'resultatmåtten och förvaltningarna',
} as const;
