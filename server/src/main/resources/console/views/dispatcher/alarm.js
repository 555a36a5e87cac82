// The escalation alarm: a short two-tone sound made with Web Audio (no sound file to serve). Browsers allow sound
// only after the operator has used the page (a click or a key), which a dispatcher at work always has. Each alarm is
// also counted on the page (data-alarms on <body>), so a test and a screen reader's user can tell that it sounded.
let audio = null;

export function soundAlarm() {
  document.body.dataset.alarms = String(Number(document.body.dataset.alarms ?? 0) + 1);
  try {
    audio ??= new AudioContext();
    const start = audio.currentTime;
    for (const [offset, pitch] of [[0, 880], [0.25, 660]]) {
      const tone = audio.createOscillator();
      const level = audio.createGain();
      tone.frequency.value = pitch;
      level.gain.setValueAtTime(0.2, start + offset);
      level.gain.exponentialRampToValueAtTime(0.001, start + offset + 0.22);
      tone.connect(level).connect(audio.destination);
      tone.start(start + offset);
      tone.stop(start + offset + 0.23);
    }
  } catch {
    // no audio device: the flag and the count stay
  }
}
