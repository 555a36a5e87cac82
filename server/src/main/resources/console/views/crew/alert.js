// The alert's sound and vibration: a beep made with Web Audio (no sound file to fetch or cache) and
// navigator.vibrate where the device has it. Browsers start audio only after a touch on the page, so the view offers
// "turn alert sound on" until one has come.
let audio = null;

function context() {
  const Audio = window.AudioContext ?? window.webkitAudioContext;
  if (!Audio) return null;
  try {
    audio ??= new Audio();
  } catch {
    return null; // no audio device
  }
  return audio;
}

// True when the sound waits for a touch (or the device has no Web Audio).
export function soundBlocked() {
  const ctx = context();
  return !ctx || ctx.state !== 'running';
}

// Called from a touch: lets the alerts sound from now on.
export function enableSound() {
  return context()?.resume() ?? Promise.resolve();
}

// Three short high beeps, and a vibration pattern where the device can.
export function sound() {
  navigator.vibrate?.([400, 150, 400, 150, 400]);
  try {
    beeps();
  } catch {
    // no audio device: the alert box and the vibration stay
  }
}

function beeps() {
  const ctx = context();
  if (!ctx) return;
  const start = ctx.currentTime + 0.05;
  for (let i = 0; i < 3; i++) {
    const tone = ctx.createOscillator();
    const gain = ctx.createGain();
    tone.type = 'square';
    tone.frequency.value = 1046; // C6: cuts through road noise
    gain.gain.setValueAtTime(0.0001, start + i * 0.35);
    gain.gain.exponentialRampToValueAtTime(0.4, start + i * 0.35 + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, start + i * 0.35 + 0.25);
    tone.connect(gain).connect(ctx.destination);
    tone.start(start + i * 0.35);
    tone.stop(start + i * 0.35 + 0.3);
  }
}
