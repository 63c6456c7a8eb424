// UI text of the mapping from the identity provider's groups to roles and units.
export const groupStrings = {
  title: 'Grupper från kommunens konto',
  purpose: 'koppla grupper till roller',
  intro:
    'När någon loggar in med kommunens konto får hen rollerna och enheterna för de grupper hen är med i. Gruppens id är det värde som identitetsleverantören skickar i gruppanspråket: i Microsoft Entra ID gruppens objekt-id, eller värdet för en approll.',
  introAdminAssigned:
    'Den som inte är med i någon kopplad grupp får ingen roll av en grupp. Sådana användare visas under Användare efter första inloggningen, och där kan du ge dem roller direkt.',
  navLabel: 'Grupper',
  listLabel: 'grupperna',
  caption: 'Kopplade grupper',
  empty: 'Inga grupper är kopplade ännu.',
  columnGroup: 'Gruppens id',
  columnLabel: 'Beskrivning',
  columnRoles: 'Roller',
  columnUnits: 'Enheter',
  columnActions: 'Åtgärder',
  none: '–',
  edit: 'Ändra',
  remove: 'Ta bort',
  forGroup: (label: string) => `gruppen ${label}`,
  confirmRemove: (label: string) =>
    `Ta bort kopplingen för ${label}? Medlemmarna får inga roller av den vid nästa inloggning.`,
  addHeading: 'Koppla en grupp',
  editHeading: (label: string) => `Ändra kopplingen för ${label}`,
  groupId: 'Gruppens id',
  groupIdHint: 'Till exempel 3f2a…-…: gruppens objekt-id i Entra ID, eller approllens värde.',
  label: 'Beskrivning (valfri)',
  labelHint: 'Gruppens namn hos kommunens konto, så att andra administratörer känner igen den.',
  add: 'Koppla gruppen',
  save: 'Spara ändringarna',
  cancel: 'Avbryt',
  added: (label: string) => `${label} är kopplad.`,
  saved: (label: string) => `Ändringarna för ${label} är sparade.`,
  removed: (label: string) => `Kopplingen för ${label} är borttagen.`,
  conflict:
    'Någon annan hade just ändrat kopplingen. Listan visar nu den sparade versionen; försök igen om det behövs.',
} as const;
