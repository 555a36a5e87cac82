// Placeholder: helper E's branch (console-browser) replaces this view.
import { el } from '../format.js';

export default {
  id: 'municipality',
  title: { sv: 'Kommun', en: 'Municipality' },
  key: '5',
  strings: { sv: { 'placeholder': 'Vyn kommer snart.' }, en: { 'placeholder': 'This view is coming.' } },
  mount(root, app) {
    root.append(el('h1', { text: app.t('placeholder') }));
    return { unmount() {} };
  },
};
