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
    'login.title': 'Logga in',
    'login.username': 'Användarnamn',
    'login.password': 'Lösenord',
    'login.submit': 'Logga in',
    'login.failed': 'Inloggningen misslyckades: {reason}',
    'logout': 'Logga ut',
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
    'login.title': 'Sign in',
    'login.username': 'User name',
    'login.password': 'Password',
    'login.submit': 'Sign in',
    'login.failed': 'Sign-in failed: {reason}',
    'logout': 'Sign out',
    'who.demo': 'Demo (no accounts)',
    'view.unknown': 'Unknown view: {route}',
    'view.failed': 'The view could not be shown: {reason}',
    'error.network': 'The server does not answer ({reason})',
  },
};
