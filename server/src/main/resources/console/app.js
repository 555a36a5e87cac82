// The shell: sign-in when the server has accounts, the navigation bar, the hash router (#/<view>[/<param>]), the
// language switch, the live-connection indicator, and the registry of views. Each view gets its own `app`, whose
// live subscriptions and shortcuts are removed when the view is left.
import { createApi } from './api.js';
import { createLive } from './live.js';
import { createKeys, renderHelp } from './keys.js';
import { SHELL_STRINGS, LANGUAGES, savedLanguage, saveLanguage, translate } from './i18n.js';
import { el } from './format.js';
import calltaker from './views/calltaker.js';
import dispatcher from './views/dispatcher.js';
import map from './views/map.js';
import supervisor from './views/supervisor.js';
import municipality from './views/municipality.js';

const VIEWS = [calltaker, dispatcher, map, supervisor, municipality];
const DEFAULT_ROUTE = `#/${VIEWS[0].id}`;

const shell = {
  lang: savedLanguage(),
  session: null,
  settings: {},
  mounted: null, // { view, handle, cleanup }
  liveStatus: 'connecting',
};

const api = createApi(() => shell.session);
const keys = createKeys();
const live = createLive((status) => {
  shell.liveStatus = status;
  renderLiveStatus();
});
const $ = (id) => document.getElementById(id);
const t = (key, params) => translate([SHELL_STRINGS], shell.lang, key, params);

function toast(message, kind = 'info') {
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
    t: (key, params) => translate([view.strings, SHELL_STRINGS], shell.lang, key, params),
    navigate,
    toast,
    live: { on: (prefix, handler) => track(live.on(prefix, handler)) },
    keys: { add: (combo, description, fn) => track(keys.add(combo, description, fn)) },
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
  if (!location.hash || location.hash === '#' || location.hash === '#/') {
    location.replace(DEFAULT_ROUTE);
    return;
  }
  const { id, param } = parseRoute();
  const view = VIEWS.find((v) => v.id === id);
  unmountCurrent();
  renderNav(view);
  const main = $('main');
  main.replaceChildren();
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
  nav.replaceChildren(...VIEWS.map((view) => {
    const title = view.title[shell.lang] ?? view.title.sv;
    const link = el('a', { text: title, testid: `nav-${view.id}`, attrs: { href: `#/${view.id}`, title: `${title} (Alt+${view.key})` } });
    link.append(el('kbd', { text: view.key, cls: 'nav-key', attrs: { 'aria-hidden': 'true' } }));
    if (view === active) link.setAttribute('aria-current', 'page');
    return link;
  }));
}

function renderLiveStatus() {
  const indicator = $('live');
  indicator.textContent = t(`live.${shell.liveStatus}`);
  indicator.className = `live live-${shell.liveStatus}`;
  indicator.dataset.state = shell.liveStatus;
}

function renderBar() {
  const lang = $('lang');
  lang.textContent = t('lang.switch');
  lang.setAttribute('aria-label', t('lang.switch.label'));
  $('help-button').setAttribute('aria-label', t('help.open'));
  $('help-button').title = t('help.open');
  const who = $('who');
  who.replaceChildren();
  if (shell.session) {
    who.append(el('span', { text: shell.session.username, testid: 'who-name' }));
    const out = el('button', { text: t('logout'), cls: 'link-button', testid: 'logout', attrs: { type: 'button' } });
    out.addEventListener('click', logout);
    who.append(out);
  } else {
    who.textContent = t('who.demo');
  }
  renderLiveStatus();
}

function switchLanguage() {
  shell.lang = LANGUAGES[(LANGUAGES.indexOf(shell.lang) + 1) % LANGUAGES.length];
  saveLanguage(shell.lang);
  document.documentElement.lang = shell.lang;
  renderBar();
  if (started) registerShellKeys();
  route(); // the view is drawn again in the new language
}

function toggleHelp(show = $('help').hidden) {
  const help = $('help');
  if (!show) {
    help.hidden = true;
    $('main').focus({ preventScroll: true });
    return;
  }
  const close = renderHelp(help, keys, { title: t('help.title'), close: t('help.close'), onClose: () => toggleHelp(false) });
  help.hidden = false;
  close.focus();
}

async function logout() {
  try {
    await api.del('/api/session');
  } finally {
    location.reload();
  }
}

// Sign-in: the accounts API answers GET /api/session with the session, or 401. A build without accounts answers
// 404, and the console then runs without sign-in (the demo acts as one operator).
async function loadSession() {
  try {
    return { session: await api.get('/api/session') };
  } catch (e) {
    if (e.status === 401) return { login: true };
    throw e;
  }
}

function showLogin() {
  const main = $('main');
  const form = el('form', { cls: 'login', testid: 'login-form' });
  const user = el('input', { testid: 'login-username', attrs: { id: 'login-username', name: 'username', autocomplete: 'username', required: true } });
  const pass = el('input', { testid: 'login-password', attrs: { id: 'login-password', name: 'password', type: 'password', autocomplete: 'current-password', required: true } });
  const error = el('p', { cls: 'notice notice-error', testid: 'login-error', attrs: { role: 'alert', hidden: true } });
  form.append(
    el('h1', { text: t('login.title') }),
    el('label', { text: t('login.username'), attrs: { for: 'login-username' } }), user,
    el('label', { text: t('login.password'), attrs: { for: 'login-password' } }), pass,
    el('button', { text: t('login.submit'), cls: 'primary', testid: 'login-submit', attrs: { type: 'submit' } }),
    error,
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      shell.session = await api.post('/api/session', { username: user.value, password: pass.value });
      start();
    } catch (e) {
      error.textContent = t('login.failed', { reason: e.message });
      error.hidden = false;
    }
  });
  main.replaceChildren(form);
  user.focus();
}

// The shell's shortcuts, registered again on a language switch so the help shows them in the new language.
let shellKeys = [];
function registerShellKeys() {
  shellKeys.forEach((remove) => remove());
  shellKeys = VIEWS.map((view) => keys.add(`Alt+${view.key}`,
    t('help.view', { title: view.title[shell.lang] ?? view.title.sv }), () => navigate(`#/${view.id}`)));
  shellKeys.push(keys.add('?', t('help.show'), () => toggleHelp()));
  shellKeys.push(keys.add('Escape', t('help.close'), () => { if (!$('help').hidden) toggleHelp(false); }));
}

let started = false;
async function start() {
  renderBar();
  if (started) {
    route();
    return;
  }
  started = true;
  shell.settings = await api.get('/api/console/settings').catch(() => ({}));
  live.start();
  window.addEventListener('hashchange', route);
  registerShellKeys();
  route();
}

async function boot() {
  document.documentElement.lang = shell.lang;
  $('lang').addEventListener('click', switchLanguage);
  $('help-button').addEventListener('click', () => toggleHelp());
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
