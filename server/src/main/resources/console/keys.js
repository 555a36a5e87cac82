// Keyboard shortcuts: a registry of combos ('Alt+1', 'a', '?', 'Enter', 'Ctrl+Enter') with a description each,
// and the help overlay that lists them. A plain key (no Alt/Ctrl) is ignored while typing in a field.

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

export function createKeys() {
  const bindings = [];

  function add(combo, description, fn) {
    const binding = { combo: normalise(combo), label: combo, description, fn };
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
      if (bindings[i].combo === combo) {
        event.preventDefault();
        bindings[i].fn(event);
        return;
      }
    }
  }

  document.addEventListener('keydown', handle);
  return { add, list: () => [...bindings] };
}

// The help overlay: every shortcut registered right now, in registration order.
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
    row.insertCell().append(key);
    row.insertCell().textContent = binding.description;
  }
  const close = document.createElement('button');
  close.type = 'button';
  close.textContent = texts.close;
  close.dataset.testid = 'help-close';
  close.addEventListener('click', texts.onClose);
  container.append(heading, table, close);
  return close;
}
