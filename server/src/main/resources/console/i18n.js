// Languages: Swedish first, English available; the operator's choice is remembered in this browser.
const STORAGE_KEY = 'larm.lang';
export const LANGUAGES = ['sv', 'en'];

export function savedLanguage() {
  const saved = localStorage.getItem(STORAGE_KEY);
  return LANGUAGES.includes(saved) ? saved : 'sv';
}

export function saveLanguage(lang) {
  localStorage.setItem(STORAGE_KEY, lang);
}

// Looks `key` up in each table in turn ({sv: {...}, en: {...}}), falling back to Swedish, then to the key itself,
// and fills {name} placeholders from params.
export function translate(tables, lang, key, params = {}) {
  let text;
  for (const table of tables) {
    if (!table) continue;
    text = table[lang]?.[key] ?? table.sv?.[key];
    if (text !== undefined) break;
  }
  if (text === undefined) return key;
  return String(text).replace(/\{(\w+)\}/g, (whole, name) => (name in params ? String(params[name]) : whole));
}

// The shell's own texts; each view brings its own in its `strings` field.
export const SHELL_STRINGS = {
  sv: {
    'nav.label': 'Vyer',
    'lang.switch': 'English',
    'lang.switch.label': 'Byt språk till engelska',
    'live.connecting': 'Ansluter…',
    'live.live': 'Live',
    'live.offline': 'Frånkopplad – återansluter',
    'help.title': 'Kortkommandon',
    'help.close': 'Stäng (Esc)',
    'help.open': 'Visa kortkommandon (?)',
    'help.show': 'Visa kortkommandon',
    'help.view': 'Gå till vyn {title}',
    'help.altKeys': 'Kortkommandon med Alt (Alt+bokstav i stället för bara bokstaven; gäller överallt, även i textfält)',
    'login.title': 'Logga in',
    'login.username': 'Användarnamn',
    'login.password': 'Lösenord',
    'login.submit': 'Logga in',
    'login.failed': 'Inloggningen misslyckades: {reason}',
    'logout': 'Logga ut',
    'login.wrong': 'Fel användarnamn eller lösenord.',
    'login.expired': 'Din session har upphört. Logga in igen för att fortsätta där du var.',
    'logout.failed': 'Utloggningen misslyckades: {reason}',
    'who.signedIn': 'Inloggad:',
    'live.none': 'Ingen liveström för din roll',
    'views.none': '{user} ({roles}) har ingen vy i konsolen.',
    'views.none.why': 'Konsolen är för larmcentralens personal, medicinskt ansvarig, kommunernas, avtalens och kontonas administratörer och granskare. Enhetsterminaler, integrationer och övervakning använder API:t med en token.',
    'view.forbidden': 'Vyn {title} är inte tillåten för dina roller. Den är för: {roles}.',
    'view.start': 'Gå till {title}',
    'error.forbidden': 'Inte tillåtet för dina roller: {action} ({detail})',
    'error.throttled': 'För många misslyckade inloggningar. Försök igen om {seconds} s.',
    'error.throttled.now': 'För många misslyckade inloggningar. Vänta en stund och försök igen.',
    'role.CALL_TAKER': 'Larmoperatör',
    'role.DISPATCHER': 'Dirigent',
    'role.NURSE': 'Sjuksköterska',
    'role.SUPERVISOR': 'Arbetsledare',
    'role.MEDICAL_DIRECTOR': 'Medicinskt ansvarig',
    'role.AGREEMENTS_ADMIN': 'Avtalsadministratör',
    'role.MUNICIPALITY_ADMIN': 'Kommunadministratör',
    'role.AUDITOR': 'Granskare',
    'role.UNIT_DEVICE': 'Enhetsterminal',
    'role.HOSPITAL': 'Sjukhus (akutmottagning)',
    'role.INTEGRATION': 'Integration',
    'role.MONITORING': 'Övervakning',
    'role.ADMINISTRATOR': 'Kontoadministratör',
    'who.demo': 'Demo (inga konton)',
    'view.unknown': 'Okänd vy: {route}',
    'view.failed': 'Vyn kunde inte visas: {reason}',
    'error.network': 'Servern svarar inte ({reason})',
  },
  en: {
    'nav.label': 'Views',
    'lang.switch': 'Svenska',
    'lang.switch.label': 'Switch language to Swedish',
    'live.connecting': 'Connecting…',
    'live.live': 'Live',
    'live.offline': 'Disconnected – reconnecting',
    'help.title': 'Keyboard shortcuts',
    'help.close': 'Close (Esc)',
    'help.open': 'Show keyboard shortcuts (?)',
    'help.show': 'Show keyboard shortcuts',
    'help.view': 'Go to the {title} view',
    'help.altKeys': 'Shortcuts with Alt (Alt+letter instead of the letter alone; they act everywhere, in text fields too)',
    'login.title': 'Sign in',
    'login.username': 'User name',
    'login.password': 'Password',
    'login.submit': 'Sign in',
    'login.failed': 'Sign-in failed: {reason}',
    'logout': 'Sign out',
    'login.wrong': 'Wrong user name or password.',
    'login.expired': 'Your session has ended. Sign in again to continue where you were.',
    'logout.failed': 'Signing out failed: {reason}',
    'who.signedIn': 'Signed in:',
    'live.none': 'No live stream for your role',
    'views.none': '{user} ({roles}) has no view in the console.',
    'views.none.why': 'The console is for the centre\'s staff, the medical director, the municipalities\', agreements\' and accounts\' administrators and auditors. Unit devices, integrations and monitoring use the API with a token.',
    'view.forbidden': 'The {title} view is not allowed for your roles. It is for: {roles}.',
    'view.start': 'Go to {title}',
    'error.forbidden': 'Not allowed for your roles: {action} ({detail})',
    'error.throttled': 'Too many failed sign-ins. Try again in {seconds} s.',
    'error.throttled.now': 'Too many failed sign-ins. Wait a while and try again.',
    'role.CALL_TAKER': 'Call-taker',
    'role.DISPATCHER': 'Dispatcher',
    'role.NURSE': 'Nurse',
    'role.SUPERVISOR': 'Supervisor',
    'role.MEDICAL_DIRECTOR': 'Medical director',
    'role.AGREEMENTS_ADMIN': 'Agreements administrator',
    'role.MUNICIPALITY_ADMIN': 'Municipality administrator',
    'role.AUDITOR': 'Auditor',
    'role.UNIT_DEVICE': 'Unit device',
    'role.HOSPITAL': 'Hospital (emergency department)',
    'role.INTEGRATION': 'Integration',
    'role.MONITORING': 'Monitoring',
    'role.ADMINISTRATOR': 'Account administrator',
    'who.demo': 'Demo (no accounts)',
    'view.unknown': 'Unknown view: {route}',
    'view.failed': 'The view could not be shown: {reason}',
    'error.network': 'The server does not answer ({reason})',
  },
};
