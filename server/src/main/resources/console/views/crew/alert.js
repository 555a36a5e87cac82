// The alert's sound and vibration: three short high beeps (C6 cuts through road noise) and navigator.vibrate where
// the device has it. The view offers "turn alert sound on" until the page has been touched (see ../../sound.js).
import { tones } from '../../sound.js';

export { soundBlocked, enableSound } from '../../sound.js';

export function sound() {
  navigator.vibrate?.([400, 150, 400, 150, 400]);
  tones([0, 0.35, 0.7].map((at) => ({ at, hz: 1046, seconds: 0.25, type: 'square', level: 0.4 })));
}
