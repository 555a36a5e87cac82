// Placeholder until the view is written.
import { el } from '../format.js';

export default {
  id: 'map',
  title: { sv: 'Karta', en: 'Map' },
  key: '3',
  strings: { sv: { 'placeholder': 'Vyn kommer snart.' }, en: { 'placeholder': 'This view is coming.' } },
  mount(root, app) {
    root.append(el('h1', { text: app.t('placeholder') }));
    return { unmount() {} };
  },
};
