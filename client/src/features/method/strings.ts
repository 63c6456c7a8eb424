// UI text of the page that explains how the states and the period status are worked out.
export const strings = {
  title: 'Så bedömer vi lägena',
  intro:
    'Varje resultatmått bedöms på två sätt, som aldrig blandas ihop i ett ord: hur det gick mot årets målvärde, och hur det går mot periodens slutmål. Bedömningen görs automatiskt från utfallen och målvärdena, med samma regler på webbplatsen, i API:et och i de öppna data.',
  yearHeading: 'Mot årets målvärde',
  yearIntro:
    'Årets utfall jämförs med årets målvärde, avrundat till så många decimaler som måttet redovisas med, och i måttets önskade riktning: för de flesta mått är högre bättre, för några är lägre bättre (det står då vid siffrorna).',
  missingHeading: 'När det står ”Saknas”',
  missingIntro:
    'Ett år kan inte bedömas utan både utfall och målvärde. Vid ”Saknas” står också varför:',
  periodHeading: 'Mot periodens slutmål',
  periodIntro: (endYearText: string) =>
    `Kommunfullmäktige har satt ett slutmål för periodens sista år (${endYearText}). För att veta om utvecklingen är på väg dit jämför vi två takter, på samma sätt som de nationella webbplatserna för Agenda 2030 gör (Open SDG, efter Statistiska centralbyrån i Kanada):`,
  periodSteps: [
    'Utgångsläget är det senaste utfallet före perioden.',
    'Takten hittills är hur mycket värdet har ändrats per år från utgångsläget till det senaste utfallet.',
    'Takten som behövs är hur mycket värdet måste ändras per år från utgångsläget för att nå slutmålet under periodens sista år. Det är den raka, streckade linjen i diagrammen.',
  ],
  levelsIntro: 'Av de två takterna blir ett av fem lägen:',
  thresholdNote: (share: string) =>
    `Gränsen ${share} är densamma som Open SDG använder: att ett år ligger en aning efter linjen är brus, inte ett besked.`,
  linearHeading: 'Varför raka linjer',
  linearText:
    'Open SDG räknar med årlig procentuell förändring. Vi räknar med förändring i måttets egen enhet per år (för andelar i procentenheter), eftersom det fungerar också när ett värde är noll och går att läsa direkt: ”+1,6 per år behövs, +1,0 per år hittills”.',
  otherHeading: 'Övriga siffror om perioden',
  otherItems: [
    'Hur långt mot slutmålet: hur stor del av sträckan från utgångsläget till slutmålet som är tillryggalagd, till exempel ”40 % av vägen till slutmålet”. Har värdet gått åt andra hållet står det ”Längre från målet än vid start”.',
    'Prognos: om utvecklingen fortsätter som hittills (en rak trendlinje genom utfallen sedan utgångsläget, minst tre utfall), vilket värde det blir under periodens sista år. En prognos är inte ett utfall; i diagrammet är den en tunn, prickad linje.',
    'Preliminära utfall och utfall som avser en del av året bedöms, men märks ”preliminärt” eftersom de kan ändras.',
  ],
  cannotHeading: 'När läget inte kan bedömas',
  sourceText:
    'Reglerna finns i ett enda program som både webbplatsen och API:et använder, och de är prövade med automatiska tester.',
  backToStart: 'Till översikten',
} as const;
