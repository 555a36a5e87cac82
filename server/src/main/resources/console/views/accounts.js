// Accounts (konton), #/accounts[/<username>]: the account administrator's work on local accounts and API tokens
// (GET/POST /api/accounts and the routes under /api/accounts/{username}). The list on the left; on the right either
// the form for a new account or the chosen account: its roles, a new password, disable/enable, unlock, its API
// tokens. A token's secret is in the issuing answer only: it is shown once, with a copy button and a warning, and
// is gone when the view is left. The auditor reads the same without any form or button.
//
// Every refusal is shown beside what it is about: a 400 naming a field next to that field, a 409 (the last
// administrator, a name in use) next to the action. The server's reasons are its own (English) words, after the
// field's label in the console's language.
import { el, dateTime } from '../format.js';

// Every role, in the server's order (se.larmcentral.server.auth.Role).
const ROLES = ['CALL_TAKER', 'DISPATCHER', 'NURSE', 'SUPERVISOR', 'MEDICAL_DIRECTOR', 'AGREEMENTS_ADMIN',
  'MUNICIPALITY_ADMIN', 'AUDITOR', 'UNIT_DEVICE', 'HOSPITAL', 'ADMINISTRATOR', 'INTEGRATION', 'MONITORING'];
const USERNAME = /^[a-z][a-z0-9._-]{1,63}$/;
const SCOPE_SHOWN = 6; // municipalities shown in the list

const strings = {
  sv: {
    'heading': 'Konton och API-nycklar',
    'read.only': 'Du läser kontona. Ändringar görs av en kontoadministratör.',
    'filter': 'Sök konto eller roll',
    'refresh': 'Uppdatera',
    'col.username': 'Användare',
    'col.roles': 'Roller',
    'col.scope': 'Kommuner / enhet',
    'col.state': 'Status',
    'state.active': 'Aktivt',
    'state.disabled': 'Avstängt',
    'state.locked': 'Låst till {time}',
    'state.tokensOnly': 'endast API-nycklar',
    'count': '{shown} av {total} konton',
    'empty': 'Inga konton matchar.',
    'new': 'Nytt konto',
    'new.hint': 'Användarnamn: 2–64 tecken, små bokstäver, siffror, punkt, understreck eller bindestreck; börjar med en bokstav.',
    'username': 'Användarnamn',
    'roles': 'Roller',
    'municipalities': 'Kommuner (kommunkoder)',
    'municipalities.hint': 'Fyrsiffriga koder, åtskilda med komma eller mellanslag, t.ex. 0120 för Värmdö. Krävs för kommunadministratör.',
    'unitId': 'Enhet',
    'unitId.hint': 'Enhetens id, t.ex. AMB-101. Krävs för enhetsterminal.',
    'hospitalId': 'Sjukhus',
    'hospitalId.hint': 'Sjukhusets id i flottan, t.ex. karolinska-solna. Krävs för sjukhus.',
    'password': 'Lösenord',
    'password.hint': '12–128 tecken.',
    'password.kind': 'Inloggning',
    'password.with': 'Med lösenord',
    'password.none': 'Utan lösenord (endast API-nycklar, för maskinkonton)',
    'create': 'Skapa konto',
    'created': 'Kontot {username} skapades.',
    'account': 'Konto {username}',
    'back': 'Till nytt konto',
    'fact.roles': 'Roller',
    'fact.municipalities': 'Kommuner',
    'fact.unit': 'Enhet',
    'fact.hospital': 'Sjukhus',
    'fact.state': 'Status',
    'fact.password': 'Lösenord',
    'fact.created': 'Skapat',
    'password.set': 'Har lösenord',
    'password.missing': 'Inget lösenord (endast API-nycklar)',
    'none': '–',
    'roles.change': 'Ändra roller',
    'roles.save': 'Spara roller',
    'roles.saved': 'Rollerna för {username} ändrades.',
    'password.change': 'Nytt lösenord',
    'password.change.hint': 'Kontots inloggningar avslutas.',
    'password.save': 'Sätt lösenord',
    'password.saved': 'Nytt lösenord satt för {username}; dess sessioner avslutades.',
    'access': 'Åtkomst',
    'disable': 'Stäng av kontot',
    'disable.hint': 'Sessionerna avslutas och API-nycklarna slutar fungera.',
    'enable': 'Aktivera kontot',
    'unlock': 'Lås upp',
    'disabled.done': 'Kontot {username} stängdes av.',
    'enabled.done': 'Kontot {username} aktiverades.',
    'unlocked.done': 'Kontot {username} låstes upp.',
    'tokens': 'API-nycklar',
    'tokens.empty': 'Inga API-nycklar.',
    'token.col.name': 'Namn',
    'token.col.id': 'Id',
    'token.col.issued': 'Utfärdad',
    'token.col.expires': 'Går ut',
    'token.col.state': 'Status',
    'token.never': 'Aldrig',
    'token.active': 'Giltig',
    'token.expired': 'Har gått ut',
    'token.revoked': 'Återkallad {time}',
    'token.revoke': 'Återkalla',
    'token.revoke.confirm': 'Bekräfta återkallning',
    'token.revoked.done': 'API-nyckeln {name} återkallades.',
    'token.issue': 'Utfärda API-nyckel',
    'token.name': 'Namn (vad nyckeln är till för)',
    'token.expiresAt': 'Går ut (tomt: aldrig)',
    'token.issue.submit': 'Utfärda',
    'token.secret.heading': 'Ny API-nyckel: {name}',
    'token.secret.warning': 'Kopiera nyckeln nu. Den visas bara den här gången och kan inte visas igen; tappas den bort utfärdar du en ny och återkallar den här.',
    'token.secret.label': 'API-nyckel',
    'token.copy': 'Kopiera',
    'token.copied': 'Kopierad',
    'token.copy.failed': 'Kunde inte kopiera – markera och kopiera själv',
    'token.done': 'Jag har sparat den – dölj',
    'refused.400': 'Ogiltigt',
    'refused.404': 'Finns inte',
    'refused.409': 'Går inte',
    'refused.other': 'Avvisat',
    'refused.field': '{label}: {detail}',
    'refused.lastAdmin': 'kontot är centralens sista aktiva kontoadministratör; ge ett annat konto rollen Kontoadministratör först',
    'field.username': 'Användarnamn',
    'field.roles': 'Roller',
    'field.municipalities': 'Kommuner',
    'field.unitId': 'Enhet',
    'field.hospitalId': 'Sjukhus',
    'field.password': 'Lösenord',
    'field.name': 'Namn',
    'field.expiresAt': 'Går ut',
    'field.tokenId': 'API-nyckel',
    'check.username': 'måste vara 2–64 tecken: små bokstäver, siffror, punkt, understreck eller bindestreck, och börja med en bokstav',
    'error': 'Kontona kunde inte hämtas: {reason}',
    'key.new': 'Nytt konto',
    'key.filter': 'Sök bland kontona',
    'choose': 'Välj ett konto i listan.',
    'more': '… (+{count})',
  },
  en: {
    'heading': 'Accounts and API tokens',
    'read.only': 'You are reading the accounts. Changes are made by an account administrator.',
    'filter': 'Find an account or role',
    'refresh': 'Refresh',
    'col.username': 'User',
    'col.roles': 'Roles',
    'col.scope': 'Municipalities / unit',
    'col.state': 'State',
    'state.active': 'Active',
    'state.disabled': 'Disabled',
    'state.locked': 'Locked until {time}',
    'state.tokensOnly': 'API tokens only',
    'count': '{shown} of {total} accounts',
    'empty': 'No accounts match.',
    'new': 'New account',
    'new.hint': 'Username: 2–64 characters, lower-case letters, digits, dot, underscore or hyphen; starts with a letter.',
    'username': 'Username',
    'roles': 'Roles',
    'municipalities': 'Municipalities (codes)',
    'municipalities.hint': 'Four-digit codes separated by commas or spaces, e.g. 0120 for Värmdö. Required for a municipality administrator.',
    'unitId': 'Unit',
    'unitId.hint': 'The unit\'s id, e.g. AMB-101. Required for a unit device.',
    'hospitalId': 'Hospital',
    'hospitalId.hint': 'The hospital\'s id in the fleet, e.g. karolinska-solna. Required for a hospital.',
    'password': 'Password',
    'password.hint': '12–128 characters.',
    'password.kind': 'Sign-in',
    'password.with': 'With a password',
    'password.none': 'No password (API tokens only, for machine accounts)',
    'create': 'Create account',
    'created': 'Account {username} created.',
    'account': 'Account {username}',
    'back': 'To a new account',
    'fact.roles': 'Roles',
    'fact.municipalities': 'Municipalities',
    'fact.unit': 'Unit',
    'fact.hospital': 'Hospital',
    'fact.state': 'State',
    'fact.password': 'Password',
    'fact.created': 'Created',
    'password.set': 'Has a password',
    'password.missing': 'No password (API tokens only)',
    'none': '–',
    'roles.change': 'Change roles',
    'roles.save': 'Save roles',
    'roles.saved': 'The roles of {username} were changed.',
    'password.change': 'New password',
    'password.change.hint': 'The account\'s sessions end.',
    'password.save': 'Set password',
    'password.saved': 'New password set for {username}; its sessions ended.',
    'access': 'Access',
    'disable': 'Disable the account',
    'disable.hint': 'Its sessions end and its API tokens stop working.',
    'enable': 'Enable the account',
    'unlock': 'Unlock',
    'disabled.done': 'Account {username} disabled.',
    'enabled.done': 'Account {username} enabled.',
    'unlocked.done': 'Account {username} unlocked.',
    'tokens': 'API tokens',
    'tokens.empty': 'No API tokens.',
    'token.col.name': 'Name',
    'token.col.id': 'Id',
    'token.col.issued': 'Issued',
    'token.col.expires': 'Expires',
    'token.col.state': 'State',
    'token.never': 'Never',
    'token.active': 'Valid',
    'token.expired': 'Expired',
    'token.revoked': 'Revoked {time}',
    'token.revoke': 'Revoke',
    'token.revoke.confirm': 'Confirm revocation',
    'token.revoked.done': 'API token {name} revoked.',
    'token.issue': 'Issue an API token',
    'token.name': 'Name (what the token is for)',
    'token.expiresAt': 'Expires (empty: never)',
    'token.issue.submit': 'Issue',
    'token.secret.heading': 'New API token: {name}',
    'token.secret.warning': 'Copy the token now. It is shown this once and cannot be shown again; if it is lost, issue a new one and revoke this one.',
    'token.secret.label': 'API token',
    'token.copy': 'Copy',
    'token.copied': 'Copied',
    'token.copy.failed': 'Could not copy – select and copy it yourself',
    'token.done': 'I have stored it – hide',
    'refused.400': 'Invalid',
    'refused.404': 'Not found',
    'refused.409': 'Not possible',
    'refused.other': 'Refused',
    'refused.field': '{label}: {detail}',
    'refused.lastAdmin': 'the account is the centre\'s last enabled account administrator; give another account that role first',
    'field.username': 'Username',
    'field.roles': 'Roles',
    'field.municipalities': 'Municipalities',
    'field.unitId': 'Unit',
    'field.hospitalId': 'Hospital',
    'field.password': 'Password',
    'field.name': 'Name',
    'field.expiresAt': 'Expires',
    'field.tokenId': 'API token',
    'check.username': 'must be 2–64 characters: lower-case letters, digits, dot, underscore or hyphen, starting with a letter',
    'error': 'The accounts could not be fetched: {reason}',
    'key.new': 'New account',
    'key.filter': 'Find among the accounts',
    'choose': 'Choose an account in the list.',
    'more': '… (+{count})',
  },
};

export default {
  id: 'accounts',
  title: { sv: 'Konton', en: 'Accounts' },
  key: '7',
  roles: ['ADMINISTRATOR'], // and the auditor, who reads every view
  strings,
  css: 'views/accounts.css',

  mount(root, app, param) {
    const t = app.t;
    const admin = app.can('ADMINISTRATOR');
    const selected = param ?? null;
    let alive = true;
    let accounts = [];
    let uid = 0;
    const id = (name) => `acc-${name}-${++uid}`;

    // ---- refusals: beside the field the server names, else beside the action
    function refusalText(error, label) {
      const status = t(`refused.${error.status}`) === `refused.${error.status}` ? t('refused.other') : t(`refused.${error.status}`);
      let detail = error.detail ?? error.message;
      // a 400's detail starts with the field's name ("password: must be ..."): the label in our words replaces it
      if (error.field && detail.startsWith(`${error.field}: `)) detail = detail.slice(error.field.length + 2);
      // the last administrator, in the console's words first (the server's follow, as the reference)
      if (error.status === 409 && /without an enabled ADMINISTRATOR/.test(detail)) detail = `${t('refused.lastAdmin')} (${detail})`;
      return `${status} – ${label ? t('refused.field', { label, detail }) : detail}`;
    }

    // A small place for one form's refusals: fields = {name: input}; a field's message goes under its input.
    function refusals(fields, general) {
      const slots = {};
      for (const [name, input] of Object.entries(fields)) {
        const slot = el('p', { cls: 'field-error', testid: `error-${name}`, attrs: { id: id(`err-${name}`), role: 'alert', hidden: true } });
        input.after?.(slot);
        slots[name] = { slot, input };
      }
      return {
        clear() {
          for (const { slot, input } of Object.values(slots)) {
            slot.hidden = true;
            slot.textContent = '';
            input.removeAttribute?.('aria-invalid');
            input.removeAttribute?.('aria-describedby');
          }
          general.hidden = true;
          general.textContent = '';
        },
        show(error) {
          const place = slots[error.field];
          if (place) {
            place.slot.textContent = refusalText(error, t(`field.${error.field}`));
            place.slot.hidden = false;
            place.input.setAttribute?.('aria-invalid', 'true');
            place.input.setAttribute?.('aria-describedby', place.slot.id);
            (place.input.querySelector?.('input') ?? place.input).focus?.();
          } else {
            general.textContent = refusalText(error, error.field ? t(`field.${error.field}`) : null);
            general.hidden = false;
          }
        },
      };
    }

    const generalError = (testid) => el('p', { cls: 'notice notice-error', testid, attrs: { role: 'alert', hidden: true } });
    const field = (labelText, input, hint) => el('div', { cls: 'acc-field' }, [
      el('label', { text: labelText, attrs: { for: input.id } }), input,
      hint ? el('span', { cls: 'muted small', text: hint }) : null]);

    // Roles as checkboxes, with the municipalities and the unit shown only for the roles that need them.
    function roleEditor(prefix, account) {
      const boxes = ROLES.map((role) => {
        const box = el('input', { testid: `${prefix}-role-${role}`, attrs: { type: 'checkbox', id: id(`${prefix}-${role}`), value: role } });
        box.checked = Boolean(account?.roles?.includes(role));
        return { role, box, item: el('label', { cls: 'acc-role', attrs: { for: box.id, title: role } }, [box, el('span', { text: t(`role.${role}`) })]) };
      });
      const group = el('fieldset', { cls: 'acc-roles', testid: `${prefix}-roles`, attrs: { tabindex: -1 } },
        [el('legend', { text: t('roles') }), ...boxes.map((b) => b.item)]);
      const municipalities = el('input', { testid: `${prefix}-municipalities`, attrs: { id: id(`${prefix}-municipalities`), autocomplete: 'off', size: 24 } });
      municipalities.value = (account?.municipalities ?? []).join(', ');
      const unit = el('input', { testid: `${prefix}-unit`, attrs: { id: id(`${prefix}-unit`), autocomplete: 'off', size: 16 } });
      unit.value = account?.unitId ?? '';
      const hospital = el('input', { testid: `${prefix}-hospital`, attrs: { id: id(`${prefix}-hospital`), autocomplete: 'off', size: 20 } });
      hospital.value = account?.hospitalId ?? '';
      const municipalitiesField = field(t('municipalities'), municipalities, t('municipalities.hint'));
      const unitField = field(t('unitId'), unit, t('unitId.hint'));
      const hospitalField = field(t('hospitalId'), hospital, t('hospitalId.hint'));
      const sync = () => {
        const chosen = new Set(boxes.filter((b) => b.box.checked).map((b) => b.role));
        municipalitiesField.hidden = !chosen.has('MUNICIPALITY_ADMIN');
        unitField.hidden = !chosen.has('UNIT_DEVICE');
        hospitalField.hidden = !chosen.has('HOSPITAL');
      };
      boxes.forEach((b) => b.box.addEventListener('change', sync));
      sync();
      return {
        nodes: [group, municipalitiesField, unitField, hospitalField],
        fields: { roles: group, municipalities, unitId: unit, hospitalId: hospital },
        value() {
          const roles = boxes.filter((b) => b.box.checked).map((b) => b.role);
          const body = { roles };
          // only what the chosen roles take: the server refuses municipalities or a unit for any other role
          if (roles.includes('MUNICIPALITY_ADMIN')) body.municipalities = municipalities.value.split(/[\s,;]+/).filter(Boolean);
          if (roles.includes('UNIT_DEVICE')) body.unitId = unit.value.trim() || null;
          if (roles.includes('HOSPITAL')) body.hospitalId = hospital.value.trim() || null;
          return body;
        },
      };
    }

    // ---- the page
    const listBody = el('tbody', { testid: 'account-rows' });
    const filter = el('input', { testid: 'account-filter', attrs: { id: id('filter'), type: 'search', autocomplete: 'off', placeholder: t('filter'), 'aria-label': t('filter') } });
    const count = el('p', { cls: 'muted small', testid: 'account-count', attrs: { role: 'status' } });
    const loadError = el('div', { testid: 'accounts-error' });
    const refresh = el('button', { text: t('refresh'), testid: 'accounts-refresh', attrs: { type: 'button' } });
    refresh.addEventListener('click', () => load());
    const newButton = admin ? el('button', { text: t('new'), testid: 'account-new', attrs: { type: 'button', title: `${t('new')} (N)` } }) : null;
    newButton?.addEventListener('click', () => openNew());
    const list = el('div', { cls: 'panel acc-list' }, [
      el('div', { cls: 'toolbar' }, [filter, refresh, newButton]),
      count,
      el('table', { cls: 'list acc-table', testid: 'account-list' }, [
        el('thead', {}, [el('tr', {}, ['col.username', 'col.roles', 'col.scope', 'col.state']
          .map((k) => el('th', { text: t(k), attrs: { scope: 'col' } })))]),
        listBody,
      ]),
    ]);
    const side = el('div', { cls: 'acc-side', testid: 'account-side' });
    root.append(...[el('h1', { text: t('heading') }),
      admin ? null : el('p', { cls: 'notice', text: t('read.only'), testid: 'accounts-read-only' }),
      loadError, el('div', { cls: 'acc-layout' }, [list, side])].filter(Boolean));
    filter.addEventListener('input', () => renderList());

    const locked = (a) => a.lockedUntil && Date.parse(a.lockedUntil) > Date.now();

    function stateText(a) {
      const parts = [a.disabled ? t('state.disabled') : t('state.active')];
      if (locked(a)) parts.push(t('state.locked', { time: dateTime(a.lockedUntil) }));
      if (!a.hasPassword) parts.push(t('state.tokensOnly'));
      return parts.join(' · ');
    }

    // a long list of municipalities (an operator of every one) is cut short in the list; the account shows them all
    function scopeText(a) {
      const shown = a.municipalities.slice(0, SCOPE_SHOWN);
      const more = a.municipalities.length - shown.length;
      const codes = more > 0 ? [...shown, t('more', { count: more })] : shown;
      return [...codes, a.unitId, a.hospitalId].filter(Boolean).join(', ') || t('none');
    }

    function renderList() {
      const words = filter.value.trim().toLowerCase().split(/\s+/).filter(Boolean);
      const matches = accounts.filter((a) => {
        const text = [a.username, ...a.roles, ...a.roles.map((r) => t(`role.${r}`)), ...a.municipalities, a.unitId ?? ''].join(' ').toLowerCase();
        return words.every((w) => text.includes(w));
      });
      listBody.replaceChildren(...matches.map((a) => {
        const link = el('a', { text: a.username, testid: 'account-link', attrs: { href: `#/accounts/${encodeURIComponent(a.username)}` } });
        const row = el('tr', { testid: 'account-row', cls: [a.username === selected ? 'selected' : '', a.disabled ? 'acc-disabled' : ''].join(' ').trim(), attrs: { 'data-username': a.username } }, [
          el('td', {}, [link]),
          el('td', { text: a.roles.map((r) => t(`role.${r}`)).join(', '), testid: 'account-roles' }),
          el('td', { text: scopeText(a), attrs: { title: a.municipalities.length > SCOPE_SHOWN ? a.municipalities.join(', ') : null } }),
          el('td', { text: stateText(a), testid: 'account-state', cls: a.disabled || locked(a) ? 'acc-warn' : '' }),
        ]);
        if (a.username === selected) link.setAttribute('aria-current', 'true');
        return row;
      }));
      count.textContent = matches.length ? t('count', { shown: matches.length, total: accounts.length }) : t('empty');
    }

    async function load() {
      try {
        const answer = await app.api.get('/api/accounts');
        if (!alive) return;
        accounts = [...answer.accounts].sort((a, b) => a.username.localeCompare(b.username));
        loadError.replaceChildren();
        renderList();
        root.dataset.loaded = 'true';
      } catch (e) {
        if (alive) loadError.replaceChildren(el('p', { text: t('error', { reason: e.message }), cls: 'notice notice-error', attrs: { role: 'alert' } }));
      }
    }

    // ---- a new account
    let newForm = null;
    function renderNew() {
      const username = el('input', { testid: 'new-username', attrs: { id: id('new-username'), autocomplete: 'off', spellcheck: 'false', size: 24 } });
      const roles = roleEditor('new', null);
      const withPassword = el('input', { testid: 'new-password-with', attrs: { type: 'radio', name: id('pwkind'), id: id('pw-with'), value: 'with' } });
      const noPassword = el('input', { testid: 'new-password-none', attrs: { type: 'radio', name: withPassword.name, id: id('pw-none'), value: 'none' } });
      withPassword.checked = true;
      const password = el('input', { testid: 'new-password', attrs: { id: id('new-password'), type: 'password', autocomplete: 'new-password', size: 24 } });
      const passwordField = field(t('password'), password, t('password.hint'));
      const syncPassword = () => { passwordField.hidden = noPassword.checked; };
      withPassword.addEventListener('change', syncPassword);
      noPassword.addEventListener('change', syncPassword);
      const submit = el('button', { text: t('create'), cls: 'primary', testid: 'new-submit', attrs: { type: 'submit' } });
      const general = generalError('new-error');
      const form = el('form', { cls: 'panel acc-form', testid: 'account-create', attrs: { novalidate: true } }, [
        el('h2', { text: t('new') }),
        field(t('username'), username, t('new.hint')),
        ...roles.nodes,
        el('fieldset', { cls: 'acc-pwkind' }, [el('legend', { text: t('password.kind') }),
          el('label', { attrs: { for: withPassword.id } }, [withPassword, el('span', { text: t('password.with') })]),
          el('label', { attrs: { for: noPassword.id } }, [noPassword, el('span', { text: t('password.none') })])]),
        passwordField,
        submit, general,
      ]);
      const errors = refusals({ username, ...roles.fields, password }, general);
      form.addEventListener('submit', async (event) => {
        event.preventDefault();
        errors.clear();
        const body = { username: username.value.trim(), ...roles.value() };
        if (!noPassword.checked) body.password = password.value;
        if (!USERNAME.test(body.username)) { // the server's rule, said before the round trip
          errors.show({ status: 400, field: 'username', detail: t('check.username') });
          return;
        }
        submit.disabled = true;
        try {
          const created = await app.api.post('/api/accounts', body);
          app.toast(t('created', { username: created.username }), 'ok');
          app.navigate(`#/accounts/${encodeURIComponent(created.username)}`);
        } catch (e) {
          if (alive) errors.show(e);
        } finally {
          submit.disabled = false;
        }
      });
      newForm = { form, username };
      side.replaceChildren(form);
    }

    function openNew() {
      if (selected) {
        app.navigate('#/accounts');
        return;
      }
      newForm?.username.focus();
    }

    // ---- one account
    async function renderAccount(username) {
      let account;
      try {
        account = await app.api.get(`/api/accounts/${encodeURIComponent(username)}`);
      } catch (e) {
        if (alive) side.replaceChildren(el('p', { cls: 'notice notice-error', testid: 'account-error', attrs: { role: 'alert' }, text: refusalText(e, e.field ? t(`field.${e.field}`) : null) }));
        return;
      }
      if (!alive) return;
      const panel = el('div', { cls: 'panel acc-account', testid: 'account-detail', attrs: { 'data-username': account.username } });
      const facts = el('dl', { cls: 'acc-facts', testid: 'account-facts' });
      const fact = (label, value, testid) => [el('dt', { text: t(label) }), el('dd', { text: value, testid })];
      facts.append(
        ...fact('fact.roles', account.roles.map((r) => t(`role.${r}`)).join(', '), 'fact-roles'),
        ...(account.municipalities.length ? fact('fact.municipalities', account.municipalities.join(', '), 'fact-municipalities') : []),
        ...(account.unitId ? fact('fact.unit', account.unitId, 'fact-unit') : []),
        ...(account.hospitalId ? fact('fact.hospital', account.hospitalId, 'fact-hospital') : []),
        ...fact('fact.state', stateText(account), 'fact-state'),
        ...fact('fact.password', account.hasPassword ? t('password.set') : t('password.missing'), 'fact-password'),
        ...fact('fact.created', dateTime(account.createdAt), 'fact-created'));
      panel.append(el('div', { cls: 'panel-head' }, [el('h2', { text: t('account', { username: account.username }), testid: 'account-heading' }),
        admin ? el('a', { text: t('back'), attrs: { href: '#/accounts' }, testid: 'account-back' }) : null]), facts);
      if (admin) panel.append(rolesForm(account), passwordForm(account), accessActions(account));
      const tokens = el('section', { cls: 'acc-tokens', testid: 'tokens' });
      panel.append(tokens);
      side.replaceChildren(panel);
      await renderTokens(account, tokens);
    }

    // After a change: the list and the account again (the answer is the account as it is now).
    async function changed(message, username) {
      app.toast(message, 'ok');
      await load();
      if (alive) await renderAccount(username);
    }

    function rolesForm(account) {
      const roles = roleEditor('edit', account);
      const submit = el('button', { text: t('roles.save'), cls: 'primary', testid: 'roles-save', attrs: { type: 'submit' } });
      const general = generalError('roles-error');
      const form = el('form', { cls: 'acc-form acc-sub', testid: 'roles-form', attrs: { novalidate: true } },
        [el('h3', { text: t('roles.change') }), ...roles.nodes, submit, general]);
      const errors = refusals(roles.fields, general);
      form.addEventListener('submit', async (event) => {
        event.preventDefault();
        errors.clear();
        submit.disabled = true;
        try {
          await app.api.put(`/api/accounts/${encodeURIComponent(account.username)}/roles`, roles.value());
          await changed(t('roles.saved', { username: account.username }), account.username);
        } catch (e) {
          if (alive) errors.show(e);
        } finally {
          submit.disabled = false;
        }
      });
      return form;
    }

    function passwordForm(account) {
      const password = el('input', { testid: 'password-new', attrs: { id: id('password-new'), type: 'password', autocomplete: 'new-password', size: 24 } });
      const submit = el('button', { text: t('password.save'), testid: 'password-save', attrs: { type: 'submit' } });
      const general = generalError('password-error');
      const form = el('form', { cls: 'acc-form acc-sub', testid: 'password-form', attrs: { novalidate: true } }, [
        el('h3', { text: t('password.change') }),
        field(t('password'), password, `${t('password.hint')} ${t('password.change.hint')}`), submit, general]);
      const errors = refusals({ password }, general);
      form.addEventListener('submit', async (event) => {
        event.preventDefault();
        errors.clear();
        submit.disabled = true;
        try {
          await app.api.put(`/api/accounts/${encodeURIComponent(account.username)}/password`, { password: password.value });
          password.value = '';
          await changed(t('password.saved', { username: account.username }), account.username);
        } catch (e) {
          if (alive) errors.show(e);
        } finally {
          submit.disabled = false;
        }
      });
      return form;
    }

    function accessActions(account) {
      const general = generalError('access-error');
      general.id = id('access-error');
      const action = (text, testid, path, done, cls) => {
        const button = el('button', { text, testid, cls, attrs: { type: 'button' } });
        button.addEventListener('click', async () => {
          general.hidden = true;
          button.disabled = true;
          try {
            await app.api.post(`/api/accounts/${encodeURIComponent(account.username)}/${path}`);
            await changed(t(done, { username: account.username }), account.username);
          } catch (e) {
            if (!alive) return;
            general.textContent = refusalText(e, null); // about this account: its name is no field to correct
            general.hidden = false;
            button.setAttribute('aria-describedby', general.id);
            button.focus();
          } finally {
            button.disabled = false;
          }
        });
        return button;
      };
      const buttons = [
        account.disabled
          ? action(t('enable'), 'account-enable', 'enable', 'enabled.done', 'primary')
          : action(t('disable'), 'account-disable', 'disable', 'disabled.done', 'danger'),
        account.lockedUntil ? action(t('unlock'), 'account-unlock', 'unlock', 'unlocked.done') : null,
      ];
      return el('section', { cls: 'acc-sub', testid: 'access-actions' }, [
        el('h3', { text: t('access') }),
        el('div', { cls: 'toolbar' }, buttons),
        account.disabled ? null : el('p', { cls: 'muted small', text: t('disable.hint') }),
        general]);
    }

    // ---- API tokens: the list, revoking with a second click, issuing with the secret shown once
    async function renderTokens(account, section) {
      let tokens;
      try {
        tokens = (await app.api.get(`/api/accounts/${encodeURIComponent(account.username)}/tokens`)).tokens;
      } catch (e) {
        if (alive) section.replaceChildren(el('p', { cls: 'notice notice-error', attrs: { role: 'alert' }, text: refusalText(e, null) }));
        return;
      }
      if (!alive) return;
      const secretPlace = el('div', { testid: 'token-secret-place' });
      const state = (token) => {
        if (token.revokedAt) return t('token.revoked', { time: dateTime(token.revokedAt) });
        if (token.expiresAt && Date.parse(token.expiresAt) <= Date.now()) return t('token.expired');
        return t('token.active');
      };
      const body = el('tbody', {}, tokens.map((token) => {
        const cells = [
          el('td', { text: token.name, testid: 'token-name' }),
          el('td', {}, [el('code', { text: token.tokenId })]),
          el('td', { text: dateTime(token.issuedAt) }),
          el('td', { text: token.expiresAt ? dateTime(token.expiresAt) : t('token.never') }),
          el('td', { text: state(token), testid: 'token-state' }),
        ];
        if (admin) cells.push(el('td', {}, [token.revokedAt ? null : revokeButton(account, token)]));
        return el('tr', { testid: 'token-row', cls: token.revokedAt ? 'acc-disabled' : '', attrs: { 'data-token-id': token.tokenId } }, cells);
      }));
      const heads = ['token.col.name', 'token.col.id', 'token.col.issued', 'token.col.expires', 'token.col.state'];
      const table = tokens.length
        ? el('table', { cls: 'list', testid: 'token-list' }, [el('thead', {}, [el('tr', {}, [
          ...heads.map((k) => el('th', { text: t(k), attrs: { scope: 'col' } })), admin ? el('th', { attrs: { scope: 'col' } }) : null])]), body])
        : el('p', { cls: 'muted', text: t('tokens.empty'), testid: 'tokens-empty' });
      section.replaceChildren(...[el('h3', { text: t('tokens') }), secretPlace, table, admin ? issueForm(account, section, secretPlace) : null].filter(Boolean));
    }

    function revokeButton(account, token) {
      const button = el('button', { text: t('token.revoke'), testid: 'token-revoke', attrs: { type: 'button' } });
      let armed = false;
      button.addEventListener('click', async () => {
        if (!armed) { // a second click, on the button now saying what it does, revokes: no dialog to dismiss
          armed = true;
          button.textContent = t('token.revoke.confirm');
          button.className = 'danger';
          return;
        }
        button.disabled = true;
        try {
          await app.api.del(`/api/accounts/${encodeURIComponent(account.username)}/tokens/${encodeURIComponent(token.tokenId)}`);
          app.toast(t('token.revoked.done', { name: token.name }), 'ok');
          if (alive) await renderAccount(account.username);
        } catch (e) {
          if (alive) app.toast(refusalText(e, e.field ? t(`field.${e.field}`) : null), 'error');
          button.disabled = false;
        }
      });
      return button;
    }

    function issueForm(account, section, secretPlace) {
      const name = el('input', { testid: 'token-name-input', attrs: { id: id('token-name'), autocomplete: 'off', size: 24, maxlength: 100 } });
      const expires = el('input', { testid: 'token-expires', attrs: { id: id('token-expires'), type: 'datetime-local' } });
      const submit = el('button', { text: t('token.issue.submit'), cls: 'primary', testid: 'token-issue', attrs: { type: 'submit' } });
      const general = generalError('token-error');
      const form = el('form', { cls: 'acc-form acc-sub', testid: 'token-form', attrs: { novalidate: true } }, [
        el('h3', { text: t('token.issue') }),
        el('div', { cls: 'acc-row' }, [field(t('token.name'), name), field(t('token.expiresAt'), expires)]),
        submit, general]);
      const errors = refusals({ name, expiresAt: expires }, general);
      form.addEventListener('submit', async (event) => {
        event.preventDefault();
        errors.clear();
        const body = { name: name.value.trim() };
        if (expires.value) {
          const at = new Date(expires.value); // the browser's local time, sent as an instant
          body.expiresAt = Number.isNaN(at.getTime()) ? expires.value : at.toISOString();
        }
        submit.disabled = true;
        try {
          const issued = await app.api.post(`/api/accounts/${encodeURIComponent(account.username)}/tokens`, body);
          if (!alive) return;
          await renderTokens(account, section);
          // the list was drawn again: the secret goes into its new place, and nowhere else
          const box = secretBox(issued);
          section.querySelector('[data-testid=token-secret-place]')?.replaceChildren(box);
          box.querySelector('[data-testid=token-copy]').focus();
        } catch (e) {
          if (alive) errors.show(e);
        } finally {
          submit.disabled = false;
        }
      });
      return form;
    }

    function secretBox(issued) {
      const secret = el('input', { testid: 'token-secret', cls: 'acc-secret', attrs: { id: id('secret'), readonly: true, spellcheck: 'false', 'aria-describedby': id('secret-warning') } });
      secret.value = issued.token;
      const warning = el('p', { text: t('token.secret.warning'), cls: 'acc-secret-warning', testid: 'token-secret-warning', attrs: { id: secret.getAttribute('aria-describedby') } });
      const copied = el('span', { cls: 'muted small', testid: 'token-copied', attrs: { role: 'status' } });
      const copy = el('button', { text: t('token.copy'), cls: 'primary', testid: 'token-copy', attrs: { type: 'button' } });
      copy.addEventListener('click', async () => {
        secret.select();
        try {
          await navigator.clipboard.writeText(secret.value);
          copied.textContent = t('token.copied');
        } catch {
          copied.textContent = t('token.copy.failed'); // no clipboard access: the token is selected for Ctrl+C
        }
      });
      const done = el('button', { text: t('token.done'), testid: 'token-secret-done', attrs: { type: 'button' } });
      const box = el('div', { cls: 'notice notice-warn acc-secret-box', testid: 'token-secret-box', attrs: { role: 'alert' } }, [
        el('strong', { text: t('token.secret.heading', { name: issued.name }) }),
        warning,
        el('label', { text: t('token.secret.label'), attrs: { for: secret.id } }),
        el('div', { cls: 'acc-row' }, [secret, copy, copied]),
        done,
      ]);
      done.addEventListener('click', () => {
        secret.value = '';
        box.remove();
      });
      secret.addEventListener('focus', () => secret.select());
      return box;
    }

    // ---- start
    if (admin) {
      app.keys.add('n', t('key.new'), () => openNew());
    }
    app.keys.add('/', t('key.filter'), () => filter.focus());
    load();
    if (selected) {
      renderAccount(selected);
    } else if (admin) {
      renderNew();
    } else {
      side.replaceChildren(el('p', { cls: 'muted', text: t('choose'), testid: 'account-choose' }));
    }
    return {
      unmount() {
        alive = false;
      },
    };
  },
};
