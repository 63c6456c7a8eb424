// UI text of the period: vision, målområden and verksamhetsmål.
export const strings = {
  label: 'visionen och målen',
  goalLabel: 'målet',
  period: (name: string) => `Mål och resultatmått för ${name}`,
  vision: 'Vision',
  areaEyebrow: 'Målområde',
  description: 'Det här menar vi med målet',
  focus: 'Det här jobbar vi särskilt för',
  goalNotFound: (id: string) => `Verksamhetsmål ${id} finns inte.`,
} as const;
