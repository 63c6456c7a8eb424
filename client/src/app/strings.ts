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
    'Öppna data: på sidorna för verksamhetsmål, resultatmått och målaktiviteter kan du ladda ner siffrorna som CSV-fil.',
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
} as const;
