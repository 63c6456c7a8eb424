// UI text of signing in and out, the user menu in the header and the guard of signed-in pages.
export const strings = {
  signInTitle: 'Logga in',
  signInIntro:
    'Inloggning behövs bara för att föra in utfall och målvärden, ändra resultatmått och planer eller administrera användare. Allt som är publicerat kan alla läsa utan att logga in.',
  username: 'Användarnamn',
  password: 'Lösenord',
  submit: 'Logga in',
  submitting: 'Loggar in …',
  tooManyAttempts:
    'För många inloggningsförsök från din dator. Vänta en minut och försök sedan igen.',
  errorSummaryTitle: 'Inloggningen misslyckades',
  alreadySignedIn: (name: string) => `Du är inloggad som ${name}.`,
  continue: 'Fortsätt',
  signIn: 'Logga in',
  signOut: 'Logga ut',
  signingOut: 'Loggar ut …',
  signedInAs: 'Inloggad som',
  userMenuLabel: 'Inloggad användare',
  linkEntry: 'Inmatning',
  linkDefinitions: 'Definitioner',
  linkImports: 'Import',
  linkPlan: 'Planer',
  linkPeriods: 'Perioder',
  linkSetup: 'Kom igång',
  linkFollowUpCycle: 'Vad saknas',
  linkReminders: 'Påminnelser',
  linkInternalControl: 'Intern kontroll',
  linkReviewQueue: 'Granskning',
  linkUsers: 'Användare',
  linkUnits: 'Enheter',
  guardLoading: 'inloggningen',
  guardSignInTitle: 'Logga in för att fortsätta',
  guardSignIn: (what: string) => `Du behöver logga in för att ${what}.`,
  guardWrongRoleTitle: 'Din roll räcker inte',
  guardWrongRole: (what: string, roles: string) =>
    `Din användare får inte ${what}. Det kräver rollen ${roles}. Kontakta en administratör om du behöver behörigheten.`,
  guardSignInLink: 'Gå till inloggningen',
  guardToStart: 'Till översikten',
  or: 'eller',
  optionsLabel: 'inloggningssätten',
  providerButton: (name: string) => `Logga in med ${name}`,
  providerStarting: 'Går till inloggningen …',
  providerErrorTitle: 'Inloggningen går inte just nu',
  passwordHeading: 'Logga in med användarnamn och lösenord',
  outcomes: {
    disabled:
      'Ditt konto i Målbild är spärrat. Kontakta en administratör för Målbild om du behöver komma åt det igen.',
    cancelled: 'Inloggningen avbröts. Försök igen när du vill.',
    invalid:
      'Inloggningen kunde inte slutföras: svaret var för gammalt, redan använt eller kom från en annan webbläsare. Försök igen.',
    'provider-unavailable':
      'Identitetsleverantören svarade inte när inloggningen skulle slutföras. Försök igen om en stund, och kontakta IT-avdelningen om felet består.',
  },
  noAccessTitle: 'Du har inte behörighet till Målbild',
  noAccessText: (name: string) =>
    `Du loggade in med ${name}, men ditt konto har ingen roll i Målbild ännu. Allt som är publicerat kan du läsa utan att logga in.`,
  noAccessHow:
    'En administratör för Målbild kan ge dig en roll: direkt på ditt konto, eller genom en grupp som ger rollen.',
  noAccessContactHeading: 'Vem kan hjälpa dig?',
  signedOut: 'Du är utloggad från Målbild.',
  providerStillSignedIn: (name: string) =>
    `Du kan fortfarande vara inloggad med ${name} i den här webbläsaren. Använder andra också datorn, logga ut därifrån också.`,
  providerSignOut: (name: string) => `Logga ut från ${name}`,
} as const;
