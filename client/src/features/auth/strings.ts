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
  linkUsers: 'Användare',
  guardLoading: 'inloggningen',
  guardSignInTitle: 'Logga in för att fortsätta',
  guardSignIn: (what: string) => `Du behöver logga in för att ${what}.`,
  guardWrongRoleTitle: 'Din roll räcker inte',
  guardWrongRole: (what: string, roles: string) =>
    `Din användare får inte ${what}. Det kräver rollen ${roles}. Kontakta en administratör om du behöver behörigheten.`,
  guardSignInLink: 'Gå till inloggningen',
  guardToStart: 'Till översikten',
  or: 'eller',
} as const;
