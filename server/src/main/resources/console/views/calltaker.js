// Placeholder until the view is written.
import { el } from '../format.js';

export default {
  id: 'calls',
  title: { sv: 'Samtal', en: 'Calls' },
  key: '1',
  strings: { sv: { 'placeholder': 'Vyn kommer snart.' }, en: { 'placeholder': 'This view is coming.' } },
  mount(root, app) {
    root.append(el('h1', { text: app.t('placeholder') }));
    return { unmount() {} };
  },
};
