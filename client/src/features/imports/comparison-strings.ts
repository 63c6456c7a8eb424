// UI text of the comparison with Kolada on the import page.
export const comparisonStrings = {
  heading: 'Jämförelse med andra kommuner (Kolada)',
  intro:
    'Sidorna för resultatmått med Kolada-id visar rikets värde och jämförelsegruppens medelvärde bredvid kommunens egna. Servern hämtar värdena från Kolada en gång per dygn och sparar dem med hämtningsdatum; besökarnas webbläsare frågar aldrig Kolada.',
  statusLabel: 'jämförelsens läge',
  group: 'Jämförelsegrupp',
  noGroup: (code: string | null) =>
    code
      ? 'Ingen ännu: hittas i Kolada vid nästa hämtning'
      : 'Ingen: en administratör anger först kommunkoden',
  chosen: 'vald av en administratör',
  similar: 'Koladas liknande kommuner',
  measures: 'Kolada-id som hämtas',
  noKpis: 'Inget resultatmått har ett Kolada-id ännu',
  lastSuccess: 'Senast hämtat',
  lastAttempt: 'Senaste försök',
  never: 'Aldrig',
  refresh: 'Hämta jämförelsevärden nu',
  refreshing: 'Hämtar från Kolada …',
  refreshed: 'Jämförelsevärdena är hämtade.',
  refreshedPartly: 'Hämtningen är klar, men allt kunde inte hämtas. Se Senaste försök ovan.',
  refreshFailed: 'Det gick inte att hämta',
  groupHeading: 'Välj jämförelsegrupp',
  groupIntro:
    'Utan ett val används Koladas grupp av liknande kommuner (övergripande) för kommunkoden. Sök en annan grupp i Kolada, t.ex. på länets eller kommunens namn.',
  groupSearch: 'Sök kommungrupp i Kolada',
  search: 'Sök',
  groupHits: 'Kommungrupper i Kolada',
  noGroups: 'Ingen kommungrupp i Kolada har det i namnet.',
  choose: 'Välj',
  useSimilar: 'Använd Koladas liknande kommuner igen',
  groupSaved: 'Jämförelsegruppen är sparad. Den används från nästa hämtning.',
} as const;
