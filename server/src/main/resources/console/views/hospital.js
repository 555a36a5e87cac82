// The receiving hospital's view (#/hospital), for a hospital's account (HOSPITAL; akutmottagningen): the crews'
// pre-alerts to this hospital, newest first, with the unit, priority, criterion, vital signs and the expected
// arrival counting down; "arrived" once the unit reports at hospital. Read-only and live: the server's stream brings
// this hospital's pre-alerts and those units' statuses only, and each one reads the list again.
import { el, clock, duration } from '../format.js';

const SV = {
  'heading': 'Förvarningar till {hospital}',
  'no.hospital': 'Kontot {user} hör inte till något sjukhus: vyn är för ett sjukhus konto (roll Sjukhus).',
  'none': 'Inga förvarningar det senaste dygnet.',
  'unit': 'Enhet {unit}',
  'priority': 'Prio {priority}',
  'age.YEARS': '{value} år',
  'age.MONTHS': '{value} mån',
  'age.unknown': 'ålder okänd',
  'sex.FEMALE': 'kvinna',
  'sex.MALE': 'man',
  'sex.UNKNOWN': 'kön okänt',
  'criterion': 'Bedömning',
  'note': 'Från ambulansen',
  'vitals': 'Vitalparametrar',
  'vitals.none': 'Inga uppmätta',
  'v.respiratoryRate': 'AF {value}/min',
  'v.spo2': 'SpO₂ {value} %',
  'v.pulse': 'Puls {value}/min',
  'v.systolicBp': 'Syst BT {value}',
  'v.avpu': 'AVPU {value}',
  'v.rls': 'RLS {value}',
  'v.temperature': 'Temp {value} °C',
  'eta': 'Beräknad ankomst {time}',
  'eta.in': 'om {time}',
  'eta.past': 'väntad sedan {time}',
  'arrived': 'Anländ {time}',
  'sent': 'Skickad {time}',
  'corrected': 'rättad {count} gång(er)',
  'redirected': 'Patienten går nu till annat sjukhus ({hospital})',
};
const EN = {
  'heading': 'Pre-alerts to {hospital}',
  'no.hospital': 'The account {user} belongs to no hospital: this view is for a hospital\'s account (role hospital).',
  'none': 'No pre-alerts in the last 24 hours.',
  'unit': 'Unit {unit}',
  'priority': 'Priority {priority}',
  'age.YEARS': '{value} years',
  'age.MONTHS': '{value} months',
  'age.unknown': 'age unknown',
  'sex.FEMALE': 'female',
  'sex.MALE': 'male',
  'sex.UNKNOWN': 'sex unknown',
  'criterion': 'Assessment',
  'note': 'From the crew',
  'vitals': 'Vital signs',
  'vitals.none': 'None measured',
  'v.respiratoryRate': 'RR {value}/min',
  'v.spo2': 'SpO₂ {value} %',
  'v.pulse': 'Pulse {value}/min',
  'v.systolicBp': 'Syst BP {value}',
  'v.avpu': 'AVPU {value}',
  'v.rls': 'RLS {value}',
  'v.temperature': 'Temp {value} °C',
  'eta': 'Expected arrival {time}',
  'eta.in': 'in {time}',
  'eta.past': 'expected {time} ago',
  'arrived': 'Arrived {time}',
  'sent': 'Sent {time}',
  'corrected': 'corrected {count} time(s)',
  'redirected': 'The patient now goes to another hospital ({hospital})',
};

const VITALS = ['respiratoryRate', 'spo2', 'pulse', 'systolicBp', 'avpu', 'rls', 'temperature'];
const REREAD_SECONDS = 60; // besides the stream: a correction naming another hospital is not streamed here

export default {
  id: 'hospital',
  title: { sv: 'Sjukhus', en: 'Hospital' },
  key: '0',
  roles: ['HOSPITAL'],
  auditor: false, // the auditor reads the pre-alerts in the journal; this view is one hospital's own
  css: 'views/hospital.css',
  strings: { sv: SV, en: EN },
  mount(root, app) {
    const t = app.t;
    const hospitalId = app.session?.hospitalId;
    if (!hospitalId) {
      root.append(el('p', { cls: 'notice notice-error', testid: 'hospital-no-hospital', attrs: { role: 'alert' },
        text: t('no.hospital', { user: app.session?.username ?? '' }) }));
      return {};
    }
    const path = `/api/dispatch/hospitals/${encodeURIComponent(hospitalId)}/pre-alerts`;
    let data = null;
    let clockOffset = 0;
    let reload = null;
    const head = el('h1', { testid: 'hospital-heading' });
    const list = el('ol', { cls: 'hosp-list', testid: 'hospital-prealerts', attrs: { 'aria-live': 'polite' } });
    root.append(head, list);

    let asked = 0;
    async function load() {
      const mine = ++asked;
      const answer = await app.api.get(path);
      if (mine !== asked) return;
      data = answer;
      clockOffset = Date.parse(data.at) - Date.now();
      render();
    }
    const failed = (e) => { if (e?.status) app.toast(e.message, 'error'); };
    const scheduleLoad = () => {
      clearTimeout(reload);
      reload = setTimeout(() => load().catch(failed), 150);
    };

    function countdown(entry) {
      if (entry.arrivedAt) return t('arrived', { time: clock(entry.arrivedAt) });
      const left = (Date.parse(entry.preAlert.expectedArrivalAt) - (Date.now() + clockOffset)) / 1000;
      return left >= 0 ? t('eta.in', { time: duration(left) }) : t('eta.past', { time: duration(-left) });
    }

    function render() {
      if (!data) return;
      head.textContent = t('heading', { hospital: data.hospitalName });
      if (!data.preAlerts.length) {
        list.replaceChildren(el('li', { cls: 'hosp-none', testid: 'hospital-none', text: t('none') }));
        return;
      }
      list.replaceChildren(...data.preAlerts.map((entry) => {
        const p = entry.preAlert;
        const who = [p.age ? t(`age.${p.age.unit}`, { value: p.age.value }) : t('age.unknown'), t(`sex.${p.sex}`)].join(', ');
        const vitals = VITALS.filter((k) => p.vitals?.[k] !== null && p.vitals?.[k] !== undefined)
          .map((k) => el('li', { testid: `hospital-vital-${k}`, text: t(`v.${k}`, { value: p.vitals[k] }) }));
        return el('li', { cls: `hosp-entry${entry.arrivedAt ? ' hosp-arrived' : ''}${entry.redirectedTo ? ' hosp-redirected' : ''}`,
          testid: 'hospital-prealert', attrs: { 'data-incident': entry.incidentId, 'data-unit': entry.unitId,
            'data-arrived': String(Boolean(entry.arrivedAt)) } }, [
          el('div', { cls: 'hosp-top' }, [
            el('span', { cls: `hosp-prio hosp-prio-${p.priority}`, testid: 'hospital-priority', text: t('priority', { priority: p.priority }) }),
            el('strong', { cls: 'hosp-unit', testid: 'hospital-unit', text: t('unit', { unit: entry.callSign }) }),
            el('span', { cls: 'hosp-who', testid: 'hospital-who', text: who }),
            el('span', { cls: 'hosp-eta', testid: 'hospital-eta', attrs: { 'data-expected': p.expectedArrivalAt } }, [
              el('span', { text: `${t('eta', { time: clock(p.expectedArrivalAt).slice(0, 5) })} · ` }),
              el('strong', { cls: 'hosp-countdown', testid: 'hospital-countdown', text: countdown(entry) })]),
          ]),
          entry.redirectedTo ? el('p', { cls: 'hosp-redirect', testid: 'hospital-redirected', text: t('redirected', { hospital: entry.redirectedTo }) }) : null,
          p.criterion ? el('p', { testid: 'hospital-criterion' }, [el('span', { cls: 'hosp-label', text: `${t('criterion')}: ` }), el('span', { text: p.criterion })]) : null,
          el('div', { cls: 'hosp-vitals' }, [el('span', { cls: 'hosp-label', text: `${t('vitals')}: ` }),
            vitals.length ? el('ul', { cls: 'hosp-vital-list' }, vitals) : el('span', { text: t('vitals.none') })]),
          p.note ? el('p', { testid: 'hospital-note' }, [el('span', { cls: 'hosp-label', text: `${t('note')}: ` }), el('span', { text: p.note })]) : null,
          el('p', { cls: 'hosp-meta', text: [t('sent', { time: clock(entry.sentAt) }), entry.corrections ? t('corrected', { count: entry.corrections }) : null].filter(Boolean).join(' · ') }),
        ]);
      }));
    }

    app.live.on('dispatch.', scheduleLoad);
    const reread = setInterval(() => load().catch(failed), REREAD_SECONDS * 1000);
    const timer = setInterval(() => {
      if (!data) return;
      list.querySelectorAll('[data-testid=hospital-prealert]').forEach((item, i) => {
        const entry = data.preAlerts[i];
        const node = item.querySelector('[data-testid=hospital-countdown]');
        if (entry && node) node.textContent = countdown(entry);
      });
    }, 1000);
    load().catch(failed);
    return {
      unmount() {
        clearInterval(timer);
        clearInterval(reread);
        clearTimeout(reload);
      },
    };
  },
};
