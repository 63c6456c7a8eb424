import { OCCASION_LABELS, type Occasion, type ReviewHistoryEntry } from '@malbild/shared';
import { formatDay } from '../../lib/format';

// The follow-up's analyses, judgements and approval, in Swedish.
export const strings = {
  analysisHeading: 'Analys och kommentar',
  analysisOf: (year: number, occasion: Occasion) => `${OCCASION_LABELS[occasion]} ${year}`,
  noAnalysis: 'Ingen analys är publicerad för resultatmåttet ännu.',
  publishedOn: (at: string) => `Publicerad ${formatDay(at)}`,
  publishedAlso: 'Publicerad version',
  writeHeading: 'Skriv analys',
  writeIntro:
    'Analysen sparas som utkast och syns för allmänheten först när en controller har godkänt och publicerat den.',
  yearLabel: 'År',
  occasionLabel: 'Uppföljningstillfälle',
  textLabel: 'Analys och kommentar',
  textHint:
    'Stycken skiljs med en tom rad. En punktlista: rader som börjar med "- ". En länk: [text](https://…). Annan formatering visas som vanlig text.',
  saveDraft: 'Spara utkast',
  saved: 'Sparat som utkast.',
  stateLabel: 'Status',
  unitReviewHeading: { plan: 'Planens granskning', follow_up: 'Uppföljningens granskning' },
  unitReviewIntro: {
    plan: 'Planen syns för allmänheten när enheten har skickat in den och en controller har godkänt och publicerat den. En ändring i en publicerad plan är ett utkast: allmänheten ser planen som den publicerades tills den publiceras igen.',
    follow_up:
      'Uppföljningen syns för allmänheten när enheten har skickat in den och en controller har godkänt och publicerat den. En ny uppföljning är ett utkast: allmänheten ser den senast publicerade tills uppföljningen publiceras igen.',
  },
  commentLabel: 'Kommentar till författaren',
  commentHint: 'Krävs när du skickar tillbaka.',
  stepDone: (label: string) => `${label}: klart.`,
  analysisSubject: 'analysen',
  judgementSubject: 'bedömningen',
  notSaved: 'Dina ändringar är inte sparade.',
  lockedNote: (year: number) =>
    `Uppföljningen av ${year} är stängd. Inget kan ändras förrän en controller öppnar året igen.`,
  judgementHeading: (year: number) => `Helhetsbedömning ${year}`,
  judgementLevel: 'Bedömning',
  judgementReason: 'Motivering',
  writeJudgementHeading: (year: number) => `Skriv helhetsbedömning ${year}`,
  judgementIntro:
    'Bedömningen av hela målet kan skilja sig från antalet mått i varje läge; motivera den. Den syns för allmänheten när den är publicerad.',
  returnedComment: (comment: string) => `Skickades tillbaka: ${comment}`,
  queueTitle: 'Granskning av uppföljningen',
  queueIntro:
    'Analyser, helhetsbedömningar och enheternas planer som väntar: inskickat att godkänna eller skicka tillbaka, godkänt att publicera.',
  queueEmpty: 'Inget väntar på granskning.',
  queueLabel: 'granskningskön',
  draftReportsHeading: 'Måluppfyllelse med utkast',
  draftReportsIntro:
    'Dokumentet för delårsrapporten och årsredovisningen med det som väntar här och årets övriga opublicerade analyser och bedömningar, märkta som utkast: så ser du hur rapporten blir innan du publicerar.',
  draftReportTitle: (year: number) => `Måluppfyllelse ${year} med utkast`,
  openMeasure: (n: number) => `Öppna resultatmått ${n}`,
  lockHeading: 'Stäng årets uppföljning',
  lockIntro:
    'När uppföljningen av ett år är stängd går det inte att ändra årets analyser, bedömningar eller uppföljningar av målaktiviteter.',
  lockYear: (year: number) => `Stäng ${year}`,
  unlockYear: (year: number) => `Öppna ${year} igen`,
  lockedState: (year: number, at: string) => `${year} stängdes ${formatDay(at)}.`,
  planHeading: (year: number) => `Granskning av planen ${year}`,
  loading: 'uppföljningen',
  historySummary: 'Visa granskningens historik',
  historyLabel: 'historiken',
  historyEmpty: 'Inget är ändrat ännu.',
  historyUnknownPerson: 'Okänd',
  historyActions: {
    submit: 'skickade in',
    approve: 'godkände',
    return: 'skickade tillbaka',
    publish: 'publicerade',
    edit: 'ändrade',
    lock: 'stängde året',
    unlock: 'öppnade året igen',
  } satisfies Record<ReviewHistoryEntry['action'], string>,
  historyStates: (from: string, to: string) => `${from} → ${to}`,
  historyComment: (comment: string) => `”${comment}”`,
};
