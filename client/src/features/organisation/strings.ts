// UI text of the municipality's profile: the accessibility statement and the profile's admin page.
export const strings = {
  accessibilityTitle: 'Tillgänglighetsredogörelse',
  statementLabel: 'tillgänglighetsredogörelsen',
  outlineIntro: (name: string | null) =>
    `${name ?? 'Kommunen'} står bakom den här webbplatsen om kommunens mål och resultat. Vi vill att så många som möjligt ska kunna använda den. Här beskriver vi hur webbplatsen uppfyller lagen (2018:1937) om tillgänglighet till digital offentlig service, vilka brister vi känner till och hur du kan meddela oss problem så att vi kan åtgärda dem.`,
  outlineNotice:
    'Kommunen har ännu inte skrivit in sin egen bedömning. Texten nedan beskriver hur webbplatsen är byggd och testad.',
  outline: [
    {
      heading: 'Hur tillgänglig är webbplatsen?',
      paragraphs: [
        'Webbplatsen är byggd för att uppfylla WCAG 2.1 på nivå AA. Varje sida testas automatiskt för tillgänglighetsbrister, går att använda med enbart tangentbord och fungerar på en skärm som är 320 pixlar bred. Alla diagram har en tabell med samma siffror, och inget läge visas bara med färg.',
      ],
    },
    {
      heading: 'Vad kan du göra om du inte kan använda delar av webbplatsen?',
      paragraphs: [
        'Om du behöver innehåll från webbplatsen i ett annat format, kontakta oss. Alla siffror finns också som öppna data i CSV- och JSON-filer.',
      ],
    },
    {
      heading: 'Rapportera brister i webbplatsens tillgänglighet',
      paragraphs: [
        'Vi strävar hela tiden efter att förbättra webbplatsens tillgänglighet. Om du upptäcker problem som inte beskrivs på den här sidan, eller om du anser att vi inte uppfyller lagens krav, meddela oss så att vi får veta att problemet finns.',
      ],
    },
  ],
  contactHeading: 'Kontakta oss',
  contactMissing:
    'Kommunen har inte angett någon kontaktuppgift här ännu. Kontakta kommunens växel eller kundcenter.',
  supervisionHeading: 'Tillsyn',
  supervision:
    'Myndigheten för digital förvaltning (Digg) har ansvaret för tillsyn över lagen om tillgänglighet till digital offentlig service. Om du inte är nöjd med hur vi hanterar dina synpunkter kan du',
  supervisionLink: 'anmäla det till Digg',
  supervisionUrl: 'https://www.digg.se/tdosanmalan',
} as const;
