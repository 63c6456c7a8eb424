// UI text of the period: vision, målområden and verksamhetsmål.
export const strings = {
  label: 'visionen och målen',
  period: (name: string) => `Mål och resultatmått för ${name}`,
  vision: 'Vision',
  description: 'Det här menar vi med målet',
  focus: 'Det här jobbar vi särskilt för',
  switcherHeading: 'Målperioder',
  switcherLabel: 'målperioderna',
  status: {
    planning: 'under planering',
    proposal: 'förslag',
    active: 'aktiv',
    closed: 'avslutad',
  },
  current: 'aktuell',
  showingOther: (name: string, status: string) => `Du ser målperioden ${name} (${status}).`,
  backToCurrent: 'Till den aktuella perioden',
  nothingPublished:
    'Här visas kommunens vision, mål och resultat när den första målperioden är publicerad. Ännu är inget publicerat.',
  continueSetup: 'Fortsätt att sätta upp Målbild (Kom igång)',
  proposalLabel: 'Förslag',
  proposalText: (name: string) =>
    `Målperioden ${name} är ett förslag som ännu inte är beslutat. Mål, resultatmått och målvärden kan ändras.`,
} as const;
