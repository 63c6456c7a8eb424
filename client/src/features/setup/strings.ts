import type { SetupStep } from '@malbild/shared';

// UI text of the first run (/kom-igang): the first administrator and the steps of setting up
// a municipality, in the order a controller takes them.
export const strings = {
  title: 'Kom igång med Målbild',
  intro:
    'Här sätter du upp Målbild för din kommun, steg för steg. Varje steg görs på sin egen sida; kom tillbaka hit för att se vad som återstår.',
  label: 'uppsättningen',
  stepsHeading: 'Steg',
  done: 'Klart',
  next: 'Nästa steg',
  todo: 'Att göra',
  allDone: 'Allt är klart: perioden är publicerad och syns för alla.',
  toStart: 'Se startsidan',
  adminOnly: 'Det här steget gör en administratör.',
  signInHeading: 'Logga in för att fortsätta',
  signIn: 'Logga in',
  signInText:
    'Den första administratören finns redan. Logga in som administratör eller controller för att fortsätta uppsättningen.',
  steps: {
    admin: {
      title: 'Skapa den första administratören',
      text: 'Administratören lägger upp kommunen och ger andra konton. Det första kontot kan bara skapas en gång, med engångskoden som servern skrev i sin logg när den startade.',
      link: '',
    },
    profile: {
      title: 'Beskriv kommunen',
      text: 'Kommunens namn (syns i sidhuvudet och i varje sidas titel), kommunkod, kontakt och licens för öppna data.',
      link: 'Till Kommunen',
    },
    period: {
      title: 'Skapa en målperiod',
      text: 'Periodens namn, första och sista år och visionen. Perioden planeras först och syns inte för allmänheten.',
      link: 'Till Målperioder',
    },
    structure: {
      title: 'Lägg upp målen',
      text: 'Minst ett målområde, ett verksamhetsmål och ett resultatmått i perioden.',
      link: 'Till periodens struktur',
    },
    units: {
      title: 'Lägg upp enheterna',
      text: 'Förvaltningarna och bolagen som har planer med målaktiviteter.',
      link: 'Till Enheter',
    },
    published: {
      title: 'Aktivera perioden',
      text: 'När fullmäktige har beslutat: aktivera perioden så att den syns för alla.',
      link: 'Aktivera perioden på Målperioder',
    },
  } satisfies Record<SetupStep, { title: string; text: string; link: string }>,
  form: {
    heading: 'Den första administratören',
    setupCode: 'Engångskod',
    setupCodeHint: 'Står i serverns logg, t.ex. K7QW-3MZP-XA9T-HV2C.',
    username: 'Användarnamn',
    usernameHint: 'a–z, 0–9, punkt, bindestreck och understreck',
    displayName: 'Namn',
    password: 'Lösenord',
    passwordHint: 'Minst 12 tecken.',
    submit: 'Skapa administratören',
    submitting: 'Skapar …',
    errorTitle: 'Administratören kunde inte skapas',
    created: (name: string) => `Du är inloggad som ${name}. Fortsätt med nästa steg.`,
  },
} as const;
