// Sounds made with Web Audio (no sound file to serve or cache): the crew's alert and the dispatcher's escalation.
// Browsers start audio only after the page has been used (a click, a key, a touch); until then a sound is silent
// and the screen says what the sound would have.
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

// True when sound waits for the page to be used (or the device has no Web Audio).
export function soundBlocked() {
  const ctx = context();
  return !ctx || ctx.state !== 'running';
}

// Called from a touch or a click: lets sounds play from now on.
export function enableSound() {
  return context()?.resume() ?? Promise.resolve();
}

// Plays tones: each { at: seconds from now, hz, seconds, type ('sine', 'square'), level (0-1) }.
export function tones(list) {
  const ctx = context();
  if (!ctx) return;
  try {
    const start = ctx.currentTime + 0.05;
    for (const { at, hz, seconds, type = 'sine', level = 0.3 } of list) {
      const tone = ctx.createOscillator();
      const gain = ctx.createGain();
      tone.type = type;
      tone.frequency.value = hz;
      gain.gain.setValueAtTime(0.0001, start + at);
      gain.gain.exponentialRampToValueAtTime(level, start + at + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, start + at + seconds);
      tone.connect(gain).connect(ctx.destination);
      tone.start(start + at);
      tone.stop(start + at + seconds + 0.05);
    }
  } catch {
    // no audio device: what is on the screen stays
  }
}
