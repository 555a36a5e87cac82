// The shell: sign-in when the server has accounts, the navigation bar, the hash router (#/<view>[/<param>]), the
// language switch, the live-connection indicator, and the registry of views. Each view gets its own `app`, whose
// live subscriptions and shortcuts are removed when the view is left.
//
// Roles: each view says whom it is for (`roles`; the auditor reads every view). Navigation and Alt+<key> offer only
// the session's views, the start view is the first of them, and a view asks `app.can(...)` before it shows an action
// the server would refuse. When the session ends (a 401 from any request or the event stream) the login form comes
// back over an emptied page and, after login, the same route is opened again.
import { createApi } from './api.js';
import { createLive } from './live.js';
import { createKeys, renderHelp } from './keys.js';
import { SHELL_STRINGS, LANGUAGES, savedLanguage, saveLanguage, translate } from './i18n.js';
import { el } from './format.js';
import { FLOOR, SOCIAL_ADMINS, UNIT, HOSPITAL, holds, reads, viewsFor } from './roles.js';
import calltaker from './views/calltaker.js';
import dispatcher from './views/dispatcher.js';
import map from './views/map.js';
import supervisor from './views/supervisor.js';
import municipality from './views/municipality.js';
import audit from './views/audit.js';
import accounts from './views/accounts.js';
import medicalIndex from './views/medical-index.js';
import crew from './views/crew.js';
import hospital from './views/hospital.js';
import contract from './views/contract.js';
import warnings from './views/warnings.js';
import cluster from './views/cluster.js';
import alarms from './views/alarms.js';

const VIEWS = [calltaker, dispatcher, map, supervisor, municipality, audit, accounts, medicalIndex, crew, hospital, contract,
  warnings, cluster, alarms];

const shell = {
  lang: savedLanguage(),
  session: null,
  signedIn: false, // a session is in use: the views may be shown
  settings: {},
  mounted: null, // { view, handle, cleanup }
  liveStatus: 'connecting',
};

const allowedViews = () => viewsFor(shell.session, VIEWS);
// the journal's stream is the floor's and the auditor's, a unit device's (its own unit's events, the server filters)
// and a hospital's (the pre-alerts to it)
const liveAllowed = () => reads(shell.session, FLOOR) || (!!shell.session && holds(shell.session, [...UNIT, ...HOSPITAL]));
// ...and the administrators' (their municipalities' social events), on a server that admits them: asked first
const liveMaybe = () => !liveAllowed() && holds(shell.session, SOCIAL_ADMINS);

// Whether the server opens the stream to this session: a fetch that reads only the answer's status, then lets go
// (an EventSource refused with 403 would only retry, and the browser would log each refusal as an error).
async function streamOpen() {
  const abort = new AbortController();
  try {
    const answer = await fetch('/api/events/stream', { signal: abort.signal, headers: { Accept: 'text/event-stream' } });
    return answer.ok;
  } catch {
    return false;
  } finally {
    abort.abort();
  }
}

const api = createApi(() => shell.session, { onUnauthorized: () => sessionEnded(), describe: describeFailure, language: () => shell.lang });
const keys = createKeys();
const live = createLive((status) => {
  shell.liveStatus = status;
  renderLiveStatus();
}, async () => {
  // the browser gave up on the stream: if the session has ended, the 401 brings the login form back
  try {
    await api.get('/api/session');
    return shell.signedIn;
  } catch (e) {
    if (e.status === 401) sessionEnded(); // the session's own route does not call onUnauthorized
    return e.status !== 401 && shell.signedIn;
  }
});
const $ = (id) => document.getElementById(id);
const t = (key, params) => translate([SHELL_STRINGS], shell.lang, key, params);

// Readable words for the refusals every view can meet: 403 names what is not allowed, 429 how long to wait.
function describeFailure(status, { method, path, detail, retryAfter }) {
  if (status === 403) return t('error.forbidden', { action: `${method} ${path.split('?')[0]}`, detail });
  if (status === 429) return retryAfter ? t('error.throttled', { seconds: retryAfter }) : t('error.throttled.now');
  return null;
}

const roleNames = (roles) => (roles ?? []).map((role) => t(`role.${role}`)).join(', ');

function toast(message, kind = 'info') {
  if (!shell.signedIn) return; // a view's last refusals after its session ended: the login form says it all
  const item = el('div', { text: message, cls: `toast toast-${kind}`, testid: `toast-${kind}`, attrs: { role: kind === 'error' ? 'alert' : 'status' } });
  $('toasts').append(item);
  setTimeout(() => item.remove(), kind === 'error' ? 10000 : 5000);
}

function navigate(hash) {
  if (location.hash === hash) route();
  else location.hash = hash;
}

function parseRoute() {
  const parts = location.hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  return { id: parts[0], param: parts.length > 1 ? parts.slice(1).join('/') : null };
}

function loadCss(path) {
  const href = `/console/${path}`;
  if (document.querySelector(`link[href="${href}"]`)) return;
  document.head.append(el('link', { attrs: { rel: 'stylesheet', href } }));
}

// What a view sees of the shell; everything it subscribes to through it goes away with the view.
function appFor(view) {
  const cleanups = [];
  const track = (remove) => {
    cleanups.push(remove);
    return remove;
  };
  const app = {
    api,
    lang: shell.lang,
    session: shell.session,
    settings: shell.settings,
    // may the session do what these roles may (an action: never the auditor)
    can: (...roles) => holds(shell.session, roles),
    // may the session read what these roles read (the auditor reads everything)
    reads: (...roles) => reads(shell.session, roles),
    t: (key, params) => translate([view.strings, SHELL_STRINGS], shell.lang, key, params),
    navigate,
    toast,
    live: { on: (prefix, handler) => track(live.on(prefix, handler)) },
    // options.scope: a one-character shortcut that acts only with focus inside that element (WCAG 2.1.4, keys.js);
    // hint(key): how the key is shown on a button now ('C', or 'Alt+C' when the operator chose Alt shortcuts)
    keys: { add: (combo, description, fn, options) => track(keys.add(combo, description, fn, options)), hint: keys.hint },
  };
  return { app, cleanup: () => cleanups.splice(0).forEach((remove) => remove()) };
}

function unmountCurrent() {
  if (!shell.mounted) return;
  const { handle, cleanup } = shell.mounted;
  shell.mounted = null;
  try {
    handle?.unmount?.();
  } finally {
    cleanup();
  }
}

function route() {
  if (!shell.signedIn) return; // the login form is showing; the route is kept for after it
  const allowed = allowedViews();
  const main = $('main');
  if (!allowed.length) {
    unmountCurrent();
    renderNav(null);
    main.replaceChildren(el('div', { cls: 'notice notice-error', testid: 'no-views', attrs: { role: 'alert' } }, [
      el('p', { text: t('views.none', { user: shell.session?.username ?? '', roles: roleNames(shell.session?.roles) }) }),
      el('p', { text: t('views.none.why') })]));
    return;
  }
  if (!location.hash || location.hash === '#' || location.hash === '#/') {
    location.replace(`#/${allowed[0].id}`);
    return;
  }
  const { id, param } = parseRoute();
  const known = VIEWS.find((v) => v.id === id);
  const view = allowed.includes(known) ? known : null;
  unmountCurrent();
  renderNav(view);
  main.replaceChildren();
  if (known && !view) {
    const title = known.title[shell.lang] ?? known.title.sv;
    const start = el('a', { text: t('view.start', { title: allowed[0].title[shell.lang] ?? allowed[0].title.sv }), attrs: { href: `#/${allowed[0].id}` } });
    main.append(el('div', { cls: 'notice notice-error', testid: 'view-forbidden', attrs: { role: 'alert' } }, [
      el('p', { text: t('view.forbidden', { title, roles: roleNames(known.roles) }) }), start]));
    return;
  }
  if (!view) {
    main.append(el('p', { text: t('view.unknown', { route: location.hash }), cls: 'notice' }));
    return;
  }
  document.title = `${view.title[shell.lang] ?? view.title.sv} – Larmcentral`;
  if (view.css) loadCss(view.css);
  const root = el('section', { cls: `view view-${view.id}`, testid: `view-${view.id}` });
  main.append(root);
  const { app, cleanup } = appFor(view);
  try {
    const handle = view.mount(root, app, param);
    shell.mounted = { view, handle, cleanup };
  } catch (e) {
    cleanup();
    console.error(e);
    root.append(el('p', { text: t('view.failed', { reason: e.message }), cls: 'notice notice-error' }));
  }
  if (!main.contains(document.activeElement)) main.focus({ preventScroll: true });
}

function renderNav(active) {
  const nav = $('nav');
  nav.setAttribute('aria-label', t('nav.label'));
  nav.replaceChildren(...(shell.signedIn ? allowedViews() : []).map((view) => {
    const title = view.title[shell.lang] ?? view.title.sv;
    const link = el('a', { text: title, testid: `nav-${view.id}`, attrs: { href: `#/${view.id}`, title: `${title} (Alt+${view.key})` } });
    link.append(el('kbd', { text: view.key, cls: 'nav-key', attrs: { 'aria-hidden': 'true' } }));
    if (view === active) link.setAttribute('aria-current', 'page');
    return link;
  }));
}

function renderLiveStatus() {
  const indicator = $('live');
  indicator.hidden = !shell.signedIn;
  indicator.textContent = t(`live.${shell.liveStatus}`);
  indicator.className = `live live-${shell.liveStatus}`;
  indicator.dataset.state = shell.liveStatus;
}

function renderBar() {
  const lang = $('lang');
  lang.textContent = t('lang.switch');
  // its name is what it shows (WCAG 2.5.3: "English", the usual language switch), in the language it names; the
  // explanation is its tooltip
  lang.removeAttribute('aria-label');
  lang.setAttribute('lang', shell.lang === 'sv' ? 'en' : 'sv');
  lang.title = t('lang.switch.label');
  $('help-button').setAttribute('aria-label', t('help.open'));
  $('help-button').title = t('help.open');
  const who = $('who');
  who.replaceChildren();
  if (shell.session && shell.signedIn) {
    const roles = roleNames(shell.session.roles);
    who.append(el('span', { cls: 'who-label', text: t('who.signedIn') }),
      el('strong', { text: shell.session.username, cls: 'who-name', testid: 'who-name', attrs: { title: roles } }),
      el('span', { text: roles, cls: 'who-roles', testid: 'who-roles' }));
    const out = el('button', { text: t('logout'), cls: 'link-button', testid: 'logout', attrs: { type: 'button' } });
    out.addEventListener('click', logout);
    who.append(out);
  }
  renderLiveStatus();
}

function switchLanguage() {
  shell.lang = LANGUAGES[(LANGUAGES.indexOf(shell.lang) + 1) % LANGUAGES.length];
  saveLanguage(shell.lang);
  document.documentElement.lang = shell.lang;
  renderBar();
  if (shell.signedIn) {
    registerShellKeys();
    route(); // the view is drawn again in the new language
  } else {
    showLogin(shell.expiredNotice); // the form in the new language
  }
}

// The help is a modal dialog: Tab stays inside it, Escape closes it, and focus goes back to what opened it.
let helpOpener = null;
function toggleHelp(show = $('help').hidden) {
  const help = $('help');
  if (!show) {
    if (help.hidden) return;
    help.hidden = true;
    const back = helpOpener?.isConnected ? helpOpener : $('main');
    helpOpener = null;
    back.focus({ preventScroll: true });
    return;
  }
  helpOpener = document.activeElement && document.activeElement !== document.body ? document.activeElement : null;
  const close = renderHelp(help, keys, { title: t('help.title'), close: t('help.close'), altMode: t('help.altKeys'), onClose: () => toggleHelp(false) });
  help.hidden = false;
  close.focus();
}

function trapHelpFocus(event) {
  if (event.key !== 'Tab') return;
  const focusable = [...$('help').querySelectorAll('button, input, [href], select, [tabindex]:not([tabindex="-1"])')].filter((e) => !e.disabled);
  const first = focusable[0];
  const last = focusable.at(-1);
  if (event.shiftKey && (document.activeElement === first || !$('help').contains(document.activeElement))) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && document.activeElement === last) {
    event.preventDefault();
    first.focus();
  }
}

// Logging out ends the session on the server (DELETE with the CSRF token) and starts the page afresh: the login
// form, nothing of the last user's kept in memory. The route stays in the address for the next login.
async function logout() {
  try {
    await api.del('/api/session');
  } catch (e) {
    if (e.status !== 401) { // a session that had already ended is logged out all the same
      toast(t('logout.failed', { reason: e.message }), 'error');
      return;
    }
  }
  location.reload();
}

// The session ended mid-shift (a 401 from a request or the stream): the view is taken down (no health data left on
// screen), the live stream stopped and the login form shown; the route stays, so after login the view comes back.
function sessionEnded() {
  if (!shell.signedIn) return;
  shell.signedIn = false;
  live.stop();
  unmountCurrent();
  shellKeys.forEach((remove) => remove());
  shellKeys = [];
  toggleHelp(false);
  renderNav(null);
  renderBar();
  shell.expiredNotice = true;
  showLogin(true);
}

// Sign-in: GET /api/session answers the session, or 401 (then the login form).
async function loadSession() {
  try {
    return { session: await api.get('/api/session') };
  } catch (e) {
    if (e.status === 401) return { login: true };
    throw e;
  }
}

function showLogin(expired = false) {
  const main = $('main');
  const form = el('form', { cls: 'login', testid: 'login-form' });
  const user = el('input', { testid: 'login-username', attrs: { id: 'login-username', name: 'username', autocomplete: 'username', required: true } });
  const pass = el('input', { testid: 'login-password', attrs: { id: 'login-password', name: 'password', type: 'password', autocomplete: 'current-password', required: true } });
  const error = el('p', { cls: 'notice notice-error', testid: 'login-error', attrs: { role: 'alert', hidden: true } });
  const submit = el('button', { text: t('login.submit'), cls: 'primary', testid: 'login-submit', attrs: { type: 'submit' } });
  form.append(...[
    el('h1', { text: t('login.title') }),
    expired ? el('p', { text: t('login.expired'), cls: 'notice notice-warn', testid: 'login-expired', attrs: { role: 'status' } }) : null,
    el('label', { text: t('login.username'), attrs: { for: 'login-username' } }), user,
    el('label', { text: t('login.password'), attrs: { for: 'login-password' } }), pass,
    submit,
    error,
  ].filter(Boolean));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    submit.disabled = true;
    try {
      shell.session = await api.post('/api/session', { username: user.value, password: pass.value });
      shell.expiredNotice = false;
      start();
    } catch (e) {
      // 401: wrong name or password; 429: the throttle's wait, already in words; else what went wrong
      error.textContent = e.status === 401 ? t('login.wrong') : e.status === 429 ? e.message : t('login.failed', { reason: e.message });
      error.hidden = false;
      pass.select();
    } finally {
      submit.disabled = false;
    }
  });
  main.replaceChildren(form);
  user.focus();
}

// The shell's shortcuts, registered again on a language switch so the help shows them in the new language.
let shellKeys = [];
function registerShellKeys() {
  shellKeys.forEach((remove) => remove());
  shellKeys = allowedViews().map((view) => keys.add(`Alt+${view.key}`,
    t('help.view', { title: view.title[shell.lang] ?? view.title.sv }), () => navigate(`#/${view.id}`)));
  shellKeys.push(keys.add('?', t('help.show'), () => toggleHelp()));
  shellKeys.push(keys.add('Escape', t('help.close'), () => { if (!$('help').hidden) toggleHelp(false); }));
}

// Signed in: the bar, the shortcuts of the session's views, the live stream when the roles read
// it, and the route in the address (the one the login interrupted, if any).
let started = false;
async function start() {
  shell.signedIn = true;
  if (!started) {
    started = true;
    window.addEventListener('hashchange', route);
  }
  shell.settings = await api.get('/api/console/settings').catch(() => ({}));
  renderBar();
  registerShellKeys();
  if (liveAllowed() || (liveMaybe() && await streamOpen())) {
    live.start();
  } else {
    live.stop();
    shell.liveStatus = 'none';
    renderLiveStatus();
  }
  route();
}

async function boot() {
  document.documentElement.lang = shell.lang;
  $('lang').addEventListener('click', switchLanguage);
  $('help-button').addEventListener('click', () => toggleHelp());
  $('help').addEventListener('keydown', trapHelpFocus);
  window.addEventListener('unhandledrejection', (event) => toast(event.reason?.message ?? String(event.reason), 'error'));
  renderBar();
  try {
    const { session, login } = await loadSession();
    if (login) {
      showLogin();
      return;
    }
    shell.session = session;
    await start();
  } catch (e) {
    $('main').replaceChildren(el('p', { text: t('error.network', { reason: e.message }), cls: 'notice notice-error', attrs: { role: 'alert' } }));
  }
}

boot();
