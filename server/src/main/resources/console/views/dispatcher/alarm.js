// The escalation alarm: a short falling two-tone (see ../../sound.js). Each alarm is also counted on the page
// (data-alarms on <body>), so a test and a screen reader's user can tell that it sounded.
import { tones } from '../../sound.js';

export function soundAlarm() {
  document.body.dataset.alarms = String(Number(document.body.dataset.alarms ?? 0) + 1);
  tones([{ at: 0, hz: 880, seconds: 0.22, level: 0.2 }, { at: 0.25, hz: 660, seconds: 0.22, level: 0.2 }]);
}
