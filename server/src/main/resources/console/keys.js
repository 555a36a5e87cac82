// Keyboard shortcuts: a registry of combos ('Alt+1', 'a', '?', 'Enter', 'Ctrl+Enter') with a description each,
// and the help overlay that lists them. A plain key (no Alt/Ctrl) is ignored while typing in a field.
//
// WCAG 2.1.4 (character key shortcuts): a one-character shortcut may be given a scope (an element, e.g. the
// call-taker's call panel): it then acts only while focus is inside it, so a stray key elsewhere does nothing.
// The operator can switch every one-character shortcut to Alt+<key> (the help dialog's setting, kept in this
// browser's localStorage as 'larm.keys'); an Alt shortcut acts anywhere, in a text field too.
const MODE_KEY = 'larm.keys';
const ALT = 'alt';

export function savedKeyMode() {
  return localStorage.getItem(MODE_KEY) === ALT ? ALT : 'plain';
}

export function comboOf(event) {
  let key;
  if ((event.altKey || event.ctrlKey || event.metaKey) && /^(Digit|Key)/.test(event.code)) {
    key = event.code.replace(/^(Digit|Key)/, '').toLowerCase(); // Alt+1 gives '¡' on some layouts
  } else {
    key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
  }
  const parts = [];
  if (event.ctrlKey) parts.push('Ctrl');
  if (event.altKey) parts.push('Alt');
  if (event.metaKey) parts.push('Meta');
  if (event.shiftKey && key.length > 1) parts.push('Shift'); // '?' already implies Shift
  parts.push(key);
  return parts.join('+');
}

function normalise(combo) {
  const parts = combo.split('+');
  const key = parts.pop();
  return [...parts, key.length === 1 ? key.toLowerCase() : key].join('+');
}

function isTyping(target) {
  return target instanceof HTMLElement
    && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

const isCharacter = (combo) => [...combo].length === 1; // 'c', '?', '/': no modifier, one character

export function createKeys() {
  const bindings = [];
  let mode = savedKeyMode();

  // the combo that triggers a binding now: a one-character one becomes Alt+<key> in the Alt mode
  const effective = (binding) => (mode === ALT && isCharacter(binding.combo) ? `Alt+${binding.combo}` : binding.combo);
  // how a key is shown on a button or in the help: 'C', or 'Alt+C' in the Alt mode
  const hint = (key) => (mode === ALT && isCharacter(key) ? `Alt+${key.toUpperCase()}` : key.length === 1 ? key.toUpperCase() : key);

  function setMode(next) {
    mode = next === ALT ? ALT : 'plain';
    localStorage.setItem(MODE_KEY, mode);
    // the hints on the buttons of the view (made with data-key) follow without drawing the view again
    document.querySelectorAll('kbd[data-key]').forEach((kbd) => { kbd.textContent = hint(kbd.dataset.key); });
  }

  function add(combo, description, fn, { scope = null } = {}) {
    const binding = { combo: normalise(combo), label: combo, description, fn, scope };
    bindings.push(binding);
    return () => {
      const index = bindings.indexOf(binding);
      if (index >= 0) bindings.splice(index, 1);
    };
  }

  function handle(event) {
    const combo = comboOf(event);
    const plain = !/^(Ctrl|Alt|Meta)\+/.test(combo);
    if (plain && isTyping(event.target) && combo !== 'Escape') return;
    // the latest registration wins: a view's 'Enter' overrides nothing of the shell's, but a dialog's would
    for (let i = bindings.length - 1; i >= 0; i--) {
      const binding = bindings[i];
      if (effective(binding) !== combo) continue;
      // a scoped letter acts only with focus inside its scope (the Alt mode's combos act anywhere)
      if (binding.scope && mode !== ALT && !binding.scope.contains(event.target)) continue;
      event.preventDefault();
      binding.fn(event);
      return;
    }
  }

  document.addEventListener('keydown', handle);
  return {
    add,
    hint,
    mode: () => mode,
    setMode,
    list: () => bindings.map((b) => ({ ...b, label: isCharacter(b.combo) ? hint(b.combo) : b.label })),
  };
}

// The help overlay: every shortcut registered right now, in registration order, and the Alt setting.
export function renderHelp(container, keys, texts) {
  container.replaceChildren();
  const heading = document.createElement('h2');
  heading.id = 'help-title';
  heading.textContent = texts.title;
  container.setAttribute('aria-labelledby', 'help-title');
  const table = document.createElement('table');
  table.dataset.testid = 'help-shortcuts';
  for (const binding of keys.list()) {
    const row = table.insertRow();
    const key = document.createElement('kbd');
    key.textContent = binding.label;
    key.dataset.combo = binding.combo;
    row.insertCell().append(key);
    row.insertCell().textContent = binding.description;
  }
  // the setting of WCAG 2.1.4: one-character shortcuts as Alt+<key>
  const alt = document.createElement('input');
  alt.type = 'checkbox';
  alt.id = 'help-alt-keys';
  alt.dataset.testid = 'keys-alt';
  alt.checked = keys.mode() === ALT;
  const altLabel = document.createElement('label');
  altLabel.htmlFor = alt.id;
  altLabel.textContent = texts.altMode;
  alt.addEventListener('change', () => {
    keys.setMode(alt.checked ? ALT : 'plain');
    table.querySelectorAll('kbd[data-combo]').forEach((kbd) => { kbd.textContent = keys.list().find((b) => b.combo === kbd.dataset.combo)?.label ?? kbd.textContent; });
  });
  const setting = document.createElement('p');
  setting.append(alt, altLabel);
  const close = document.createElement('button');
  close.type = 'button';
  close.textContent = texts.close;
  close.dataset.testid = 'help-close';
  close.addEventListener('click', texts.onClose);
  container.append(heading, table, setting, close);
  return close;
}
