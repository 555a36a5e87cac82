// The crew's pre-alert to the receiving hospital (förvarning), part of the crew's terminal (views/crew.js): age,
// sex, priority, criterion (prefilled from the assessment), vital signs, a short note and the expected arrival (from
// the route's travel time, editable), sent to the chosen hospital. The form is built once per assignment and kept
// while the view redraws, so a live update never wipes what the crew is typing. One id per pre-alert: sent again
// after a lost answer it is recorded once (the server's SendPreAlert); a correction is a new pre-alert.
import { el, clock, isoSeconds } from '../../format.js';
import { newReportId, retryable } from './outbox.js';

const SV = {
  'pre.open': 'Förvarna sjukhuset',
  'pre.to': 'Till {hospital}',
  'pre.none': 'Välj sjukhus först',
  'pre.age': 'Ålder',
  'pre.age.YEARS': 'år',
  'pre.age.MONTHS': 'månader',
  'pre.ageUnit': 'Ålder i',
  'pre.sex': 'Kön',
  'pre.sex.FEMALE': 'Kvinna',
  'pre.sex.MALE': 'Man',
  'pre.sex.UNKNOWN': 'Okänt',
  'pre.priority': 'Prio',
  'pre.criterion': 'Bedömning',
  'pre.vitals': 'Vitalparametrar',
  'pre.rr': 'AF (/min)',
  'pre.spo2': 'SpO₂ (%)',
  'pre.pulse': 'Puls (/min)',
  'pre.sbp': 'Systoliskt BT (mmHg)',
  'pre.avpu': 'AVPU',
  'pre.rls': 'RLS',
  'pre.temp': 'Temp (°C)',
  'pre.note': 'Kort om patienten',
  'pre.eta': 'Beräknad ankomst',
  'pre.send': 'Skicka förvarning',
  'pre.resend': 'Skicka rättelse',
  'pre.sent': 'Förvarning skickad {time} till {hospital}',
  'pre.sending': 'Skickar …',
  'pre.offline': 'Ingen förbindelse: förvarningen är inte skickad, försök igen.',
  'pre.refused': 'Ej godtagen: {reason}',
  'pre.unset': '–',
};
const EN = {
  'pre.open': 'Pre-alert the hospital',
  'pre.to': 'To {hospital}',
  'pre.none': 'Choose a hospital first',
  'pre.age': 'Age',
  'pre.age.YEARS': 'years',
  'pre.age.MONTHS': 'months',
  'pre.ageUnit': 'Age in',
  'pre.sex': 'Sex',
  'pre.sex.FEMALE': 'Female',
  'pre.sex.MALE': 'Male',
  'pre.sex.UNKNOWN': 'Unknown',
  'pre.priority': 'Priority',
  'pre.criterion': 'Assessment',
  'pre.vitals': 'Vital signs',
  'pre.rr': 'Respiratory rate (/min)',
  'pre.spo2': 'SpO₂ (%)',
  'pre.pulse': 'Pulse (/min)',
  'pre.sbp': 'Systolic BP (mmHg)',
  'pre.avpu': 'AVPU',
  'pre.rls': 'RLS',
  'pre.temp': 'Temp (°C)',
  'pre.note': 'About the patient',
  'pre.eta': 'Expected arrival',
  'pre.send': 'Send pre-alert',
  'pre.resend': 'Send a correction',
  'pre.sent': 'Pre-alert sent {time} to {hospital}',
  'pre.sending': 'Sending …',
  'pre.offline': 'No connection: the pre-alert is not sent, try again.',
  'pre.refused': 'Not accepted: {reason}',
  'pre.unset': '–',
};
export const PREALERT_STRINGS = { sv: SV, en: EN };

// the statuses from which the crew has a patient to announce
const WITH_PATIENT = ['ON_SCENE', 'TRANSPORT', 'AT_HOSPITAL'];
const ZONE = 'Europe/Stockholm';

// HH:MM in Swedish time of an instant
function hhmm(ms) {
  return new Date(ms).toLocaleTimeString('sv-SE', { timeZone: ZONE, hour: '2-digit', minute: '2-digit' });
}

// The instant of a Swedish HH:MM at or after now (an arrival past midnight is tomorrow's), from the centre's clock.
function arrivalInstant(text, nowMs) {
  const match = /^(\d{1,2}):(\d{2})$/.exec(text.trim());
  if (!match) return null;
  const wanted = Number(match[1]) * 60 + Number(match[2]);
  const [h, m] = hhmm(nowMs).split(':').map(Number);
  let minutes = wanted - (h * 60 + m);
  if (minutes < -5) minutes += 24 * 60;
  const start = nowMs - (nowMs % 60000);
  return new Date(start + minutes * 60000).toISOString();
}

// createPreAlert(app, unitId, base) -> { element, update(data, clockOffset) }
export function createPreAlert(app, unitId, base) {
  const t = app.t;
  const box = el('details', { cls: 'crew-prealert', testid: 'crew-prealert' });
  let formFor = null; // the incident the form was built for
  let pendingId = null; // the id of a pre-alert sent but not answered: sent again with the same id
  let last = null; // the centre's record of the last one sent
  let fields = null;

  const input = (name, attrs = {}) => el('input', { testid: `pre-${name}`, attrs: { name, inputmode: 'decimal', autocomplete: 'off', ...attrs } });
  const select = (name, options, selected) => el('select', { testid: `pre-${name}`, attrs: { name } },
    options.map(([value, text]) => el('option', { text, attrs: { value, selected: value === selected } })));
  const labelled = (text, control) => el('label', { cls: 'crew-pre-field' }, [el('span', { text }), control]);
  const withName = (control, name) => { control.setAttribute('aria-label', name); return control; };

  function build(data, nowMs) {
    const job = data.job;
    const a = job.assessment;
    const travel = job.route?.to === 'HOSPITAL' ? isoSeconds(job.route.duration) : isoSeconds(job.hospital?.travel);
    fields = {
      ageValue: input('age', { type: 'number', min: '0', max: '125', size: '4' }),
      ageUnit: select('age-unit', [['YEARS', t('pre.age.YEARS')], ['MONTHS', t('pre.age.MONTHS')]], 'YEARS'),
      sex: select('sex', [['UNKNOWN', t('pre.sex.UNKNOWN')], ['FEMALE', t('pre.sex.FEMALE')], ['MALE', t('pre.sex.MALE')]], 'UNKNOWN'),
      priority: select('priority', ['1', '2', '3', '4'].map((p) => [p, p]), String(job.priority)),
      criterion: input('criterion', { type: 'text', inputmode: 'text', maxlength: '200', value: a ? `${a.code} ${a.criterion}` : '' }),
      rr: input('rr', { type: 'number', min: '0', max: '80' }),
      spo2: input('spo2', { type: 'number', min: '30', max: '100' }),
      pulse: input('pulse', { type: 'number', min: '0', max: '300' }),
      sbp: input('sbp', { type: 'number', min: '0', max: '300' }),
      avpu: select('avpu', [['', t('pre.unset')], ['A', 'A'], ['V', 'V'], ['P', 'P'], ['U', 'U']], ''),
      rls: select('rls', [['', t('pre.unset')], ...['1', '2', '3', '4', '5', '6', '7', '8'].map((r) => [r, r])], ''),
      temp: input('temp', { type: 'number', step: '0.1', min: '25', max: '45' }),
      note: el('textarea', { testid: 'pre-note', attrs: { name: 'note', maxlength: '500', rows: '2' } }),
      eta: input('eta', { type: 'text', inputmode: 'numeric', pattern: '\\d{1,2}:\\d{2}', size: '5',
        value: hhmm(nowMs + (travel ?? 15 * 60) * 1000) }),
    };
    const send = el('button', { cls: 'crew-press crew-pre-send', testid: 'pre-send', attrs: { type: 'button' }, text: t('pre.send') });
    const status = el('p', { cls: 'crew-pre-status', testid: 'pre-status', attrs: { 'aria-live': 'polite' } });
    send.addEventListener('click', () => submit(send, status));
    box.replaceChildren(
      el('summary', { cls: 'crew-pre-summary', testid: 'crew-prealert-open', text: t('pre.open') }),
      el('p', { cls: 'crew-pre-to', testid: 'pre-to' }),
      el('div', { cls: 'crew-pre-grid' }, [
        // the unit's list has no label of its own beside the age field: named for a screen reader (axe: select-name)
        el('div', { cls: 'crew-pre-age' }, [labelled(t('pre.age'), fields.ageValue), withName(fields.ageUnit, t('pre.ageUnit'))]),
        labelled(t('pre.sex'), fields.sex),
        labelled(t('pre.priority'), fields.priority),
        labelled(t('pre.eta'), fields.eta),
      ]),
      labelled(t('pre.criterion'), fields.criterion),
      el('fieldset', { cls: 'crew-pre-vitals' }, [el('legend', { text: t('pre.vitals') }),
        labelled(t('pre.rr'), fields.rr), labelled(t('pre.spo2'), fields.spo2), labelled(t('pre.pulse'), fields.pulse),
        labelled(t('pre.sbp'), fields.sbp), labelled(t('pre.avpu'), fields.avpu), labelled(t('pre.rls'), fields.rls),
        labelled(t('pre.temp'), fields.temp)]),
      labelled(t('pre.note'), fields.note),
      send, status);
  }

  let current = null; // { data, nowMs }
  const number = (control) => (control.value.trim() === '' ? null : Number(control.value.replace(',', '.')));

  async function submit(send, status) {
    const { data } = current;
    const job = data.job;
    const hospitalId = job.destinationId ?? job.hospital?.hospitalId;
    const nowMs = Date.now() + (current.offset ?? 0);
    const body = {
      preAlertId: pendingId ?? newReportId(unitId),
      incidentId: job.incidentId,
      hospitalId,
      age: fields.ageValue.value.trim() === '' ? null : { value: Number(fields.ageValue.value), unit: fields.ageUnit.value },
      sex: fields.sex.value,
      priority: Number(fields.priority.value),
      criterion: fields.criterion.value.trim() || null,
      vitals: {
        respiratoryRate: number(fields.rr), spo2: number(fields.spo2), pulse: number(fields.pulse),
        systolicBp: number(fields.sbp), avpu: fields.avpu.value || null,
        rls: fields.rls.value === '' ? null : Number(fields.rls.value), temperature: number(fields.temp),
      },
      note: fields.note.value.trim() || null,
      expectedArrivalAt: arrivalInstant(fields.eta.value, nowMs),
    };
    pendingId = body.preAlertId;
    for (const control of Object.values(fields)) control.removeAttribute('aria-invalid');
    send.disabled = true;
    status.textContent = t('pre.sending');
    try {
      const answer = await app.api.post(`${base}/pre-alerts`, body);
      pendingId = null;
      last = { ...answer.sent, hospitalName: (job.hospitals ?? []).find((h) => h.hospitalId === answer.sent.hospitalId)?.name
        ?? job.hospital?.name ?? answer.sent.hospitalId };
      send.textContent = t('pre.resend');
      status.dataset.state = 'sent';
      status.textContent = t('pre.sent', { time: clock(last.sentAt), hospital: last.hospitalName });
    } catch (e) {
      if (!retryable(e)) pendingId = null; // the centre's answer to this one: a corrected one gets a new id
      status.dataset.state = 'refused';
      status.textContent = retryable(e) ? t('pre.offline') : t('pre.refused', { reason: e.message });
      const bad = { 'vitals.respiratoryRate': 'rr', 'vitals.spo2': 'spo2', 'vitals.pulse': 'pulse', 'vitals.systolicBp': 'sbp',
        'vitals.avpu': 'avpu', 'vitals.rls': 'rls', 'vitals.temperature': 'temp', 'age.value': 'ageValue', 'age.unit': 'ageUnit',
        sex: 'sex', priority: 'priority', criterion: 'criterion', note: 'note', expectedArrivalAt: 'eta' }[e.field];
      if (bad) {
        fields[bad].setAttribute('aria-invalid', 'true');
        fields[bad].focus();
      }
    } finally {
      send.disabled = false;
    }
  }

  return {
    element: box,
    update(data, offset) {
      const job = data?.job;
      const show = !!job && WITH_PATIENT.includes(data.unit.status);
      box.hidden = !show;
      if (!show) return;
      current = { data, offset };
      if (formFor !== job.incidentId) {
        formFor = job.incidentId;
        pendingId = null;
        last = null;
        build(data, Date.now() + (offset ?? 0));
      }
      // the chosen destination, named when it is among the suitable ones the view lists (else by its id)
      const chosen = job.destinationId ? (job.hospitals ?? []).find((h) => h.hospitalId === job.destinationId)
        ?? { hospitalId: job.destinationId, name: job.destinationId } : null;
      const hospital = chosen ?? job.hospital;
      box.querySelector('[data-testid=pre-to]').textContent = hospital ? t('pre.to', { hospital: hospital.name }) : t('pre.none');
      box.querySelector('[data-testid=pre-send]').disabled = !hospital;
    },
  };
}
