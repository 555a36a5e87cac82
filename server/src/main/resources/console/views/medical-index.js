// Medical index (medicinskt index), #/index[/<chapter>]: the index new assessments run on and the region's response
// rules, every version of each with who published it and when, and the chapters (criteria with their findings and
// response, the questions, the advice). The medical director publishes a new version from a YAML file chosen in the
// browser (read with FileReader, POSTed as application/yaml): every validation problem is shown with its line,
// column and place, a version that is not newer (409) beside the file. The supervisor and the auditor read.
import { el, dateTime } from '../format.js';

const KINDS = {
  index: { path: '/api/triage/index', format: 'larmcentral-medical-index/1' },
  rules: { path: '/api/triage/response-rules', format: 'larmcentral-response-rules/1' },
};

const strings = {
  sv: {
    'heading': 'Medicinskt index och responsregler',
    'current': 'Gäller nu',
    'index': 'Medicinskt index',
    'rules': 'Responsregler',
    'index.current': 'Index {version}',
    'rules.current': 'Responsregler {version} – {region}',
    'notice': 'Observera',
    'keyQuestions': 'Nyckelfrågor (ställs först)',
    'publish': 'Publicera en ny version',
    'publish.hint': 'Välj en YAML-fil. Den kontrolleras först; inget publiceras om den har fel. Versionen måste vara ny och senare än den som gäller. Nya bedömningar använder den nya versionen, pågående behåller sin.',
    'publish.kind': 'Vad',
    'publish.kind.index': 'Medicinskt index ({format})',
    'publish.kind.rules': 'Responsregler ({format})',
    'publish.file': 'Fil (YAML)',
    'publish.file.info': '{name}, {size} kB{version}',
    'publish.file.version': ', version {version}',
    'publish.file.kind': 'Filen är av formatet {format}, så {kind} har valts.',
    'publish.submit': 'Kontrollera och publicera',
    'publish.reading': 'Läser filen …',
    'publish.sending': 'Kontrollerar och publicerar …',
    'publish.none': 'Välj en fil först.',
    'publish.unreadable': 'Filen kunde inte läsas: {reason}',
    'publish.done': 'Publicerad: {version} ({title}) av {by} {at}.',
    'publish.problems': 'Inget publicerades: {count} fel i filen.',
    'publish.problems.one': 'Inget publicerades: 1 fel i filen.',
    'publish.conflict': 'Inget publicerades – versionen: {detail}',
    'publish.refused': 'Inget publicerades: {detail}',
    'problem.line': 'Rad',
    'problem.column': 'Kolumn',
    'problem.place': 'Var',
    'problem.message': 'Fel',
    'problem.unknown': '?',
    'versions.index': 'Versioner av indexet',
    'versions.rules': 'Versioner av responsreglerna',
    'col.version': 'Version',
    'col.title': 'Titel',
    'col.region': 'Region',
    'col.source': 'Källa',
    'col.published': 'Publicerad',
    'col.by': 'Av',
    'source.configuration': 'Startkonfiguration',
    'source.published': 'Publicerad',
    'badge.current': 'gäller',
    'chapters': 'Kapitel',
    'chapter': 'Kapitel {number}: {title}',
    'chapter.keyQuestions': 'Nyckelfrågorna ställs i kapitlet.',
    'criteria': 'Kriterier (mest brådskande först)',
    'col.code': 'Kod',
    'col.priority': 'Prio',
    'col.criterion': 'Kriterium',
    'col.when': 'När',
    'col.response': 'Respons',
    'when.default': 'Kapitlets grundnivå',
    'finding.yes': 'Ja: {text}',
    'finding.no': 'Nej: {text}',
    'questions': 'Frågor',
    'advice': 'Råd',
    'references': 'Se även: {list}',
    'lights.on': 'med blåljus',
    'lights.off': 'utan blåljus',
    'lights.default': 'regionens förval',
    'rules.heading': 'Responsregler: vad varje prioritet betyder',
    'col.meaning': 'Betydelse',
    'col.action': 'Förvald åtgärd',
    'col.lights': 'Blåljus',
    'col.instruction': 'Instruktion',
    'yes': 'Ja',
    'no': 'Nej',
    'unit.AMBULANCE': 'Ambulans',
    'unit.PSYCHIATRIC_AMBULANCE': 'Psykiatrisk ambulans',
    'unit.PATIENT_TRANSPORT': 'Sjuktransport',
    'unit.NONE': 'Ingen enhet',
    'extra.PHYSICIAN_CAR': 'läkarbil',
    'extra.HELICOPTER': 'ambulanshelikopter',
    'extra.FIRST_RESPONDERS': 'IVPA/SMS-livräddare',
    'extra.RESCUE_SERVICE': 'räddningstjänst',
    'extra.POLICE': 'polis',
    'action.NEAREST_DURING_CALL': 'Närmaste ambulans under samtalet',
    'action.SEND_AMBULANCE': 'Skicka ambulans',
    'action.TELL_EXPECTED_WAIT': 'Berätta väntetiden',
    'action.BOOK_TRANSPORT_OR_REFER': 'Boka transport eller hänvisa',
    'error': 'Indexet kunde inte hämtas: {reason}',
    'key.next': 'Nästa kapitel',
    'key.previous': 'Föregående kapitel',
    'key.file': 'Välj fil att publicera',
  },
  en: {
    'heading': 'Medical index and response rules',
    'current': 'In force',
    'index': 'Medical index',
    'rules': 'Response rules',
    'index.current': 'Index {version}',
    'rules.current': 'Response rules {version} – {region}',
    'notice': 'Note',
    'keyQuestions': 'Key questions (asked first)',
    'publish': 'Publish a new version',
    'publish.hint': 'Choose a YAML file. It is checked first; nothing is published if it has problems. The version must be new and later than the one in force. New assessments use the new version, running ones keep theirs.',
    'publish.kind': 'What',
    'publish.kind.index': 'Medical index ({format})',
    'publish.kind.rules': 'Response rules ({format})',
    'publish.file': 'File (YAML)',
    'publish.file.info': '{name}, {size} kB{version}',
    'publish.file.version': ', version {version}',
    'publish.file.kind': 'The file is of the format {format}, so {kind} has been chosen.',
    'publish.submit': 'Check and publish',
    'publish.reading': 'Reading the file …',
    'publish.sending': 'Checking and publishing …',
    'publish.none': 'Choose a file first.',
    'publish.unreadable': 'The file could not be read: {reason}',
    'publish.done': 'Published: {version} ({title}) by {by} {at}.',
    'publish.problems': 'Nothing was published: {count} problems in the file.',
    'publish.problems.one': 'Nothing was published: 1 problem in the file.',
    'publish.conflict': 'Nothing was published – the version: {detail}',
    'publish.refused': 'Nothing was published: {detail}',
    'problem.line': 'Line',
    'problem.column': 'Column',
    'problem.place': 'Where',
    'problem.message': 'Problem',
    'problem.unknown': '?',
    'versions.index': 'Versions of the index',
    'versions.rules': 'Versions of the response rules',
    'col.version': 'Version',
    'col.title': 'Title',
    'col.region': 'Region',
    'col.source': 'Source',
    'col.published': 'Published',
    'col.by': 'By',
    'source.configuration': 'Start configuration',
    'source.published': 'Published',
    'badge.current': 'in force',
    'chapters': 'Chapters',
    'chapter': 'Chapter {number}: {title}',
    'chapter.keyQuestions': 'The key questions are asked in this chapter.',
    'criteria': 'Criteria (most urgent first)',
    'col.code': 'Code',
    'col.priority': 'Prio',
    'col.criterion': 'Criterion',
    'col.when': 'When',
    'col.response': 'Response',
    'when.default': 'The chapter\'s default',
    'finding.yes': 'Yes: {text}',
    'finding.no': 'No: {text}',
    'questions': 'Questions',
    'advice': 'Advice',
    'references': 'See also: {list}',
    'lights.on': 'lights and sirens',
    'lights.off': 'no lights and sirens',
    'lights.default': 'the region\'s default',
    'rules.heading': 'Response rules: what each priority means',
    'col.meaning': 'Meaning',
    'col.action': 'Default action',
    'col.lights': 'Lights and sirens',
    'col.instruction': 'Instruction',
    'yes': 'Yes',
    'no': 'No',
    'unit.AMBULANCE': 'Ambulance',
    'unit.PSYCHIATRIC_AMBULANCE': 'Psychiatric ambulance',
    'unit.PATIENT_TRANSPORT': 'Patient transport',
    'unit.NONE': 'No unit',
    'extra.PHYSICIAN_CAR': 'physician car',
    'extra.HELICOPTER': 'helicopter',
    'extra.FIRST_RESPONDERS': 'first responders',
    'extra.RESCUE_SERVICE': 'rescue service',
    'extra.POLICE': 'police',
    'action.NEAREST_DURING_CALL': 'Nearest ambulance during the call',
    'action.SEND_AMBULANCE': 'Send an ambulance',
    'action.TELL_EXPECTED_WAIT': 'Tell the expected wait',
    'action.BOOK_TRANSPORT_OR_REFER': 'Book a transport or refer',
    'error': 'The index could not be fetched: {reason}',
    'key.next': 'Next chapter',
    'key.previous': 'Previous chapter',
    'key.file': 'Choose a file to publish',
  },
};

// a chapter chosen from the list (by J/K or a link) remounts the view: its link in the list takes focus again, so
// the list's shortcuts go on working
let focusChosenLink = false;

export default {
  id: 'index',
  title: { sv: 'Medicinskt index', en: 'Medical index' },
  key: '8',
  roles: ['MEDICAL_DIRECTOR', 'SUPERVISOR'], // and the auditor, who reads every view
  strings,
  css: 'views/medical-index.css',

  mount(root, app, param) {
    const t = app.t;
    const publisher = app.can('MEDICAL_DIRECTOR');
    let alive = true;
    let overview = null;
    let chapterAsked = param ?? null;
    // a text of the server's answer, translated when the console knows it (an enum), else as sent
    const word = (prefix, value) => (t(`${prefix}.${value}`) === `${prefix}.${value}` ? String(value) : t(`${prefix}.${value}`));

    const errors = el('div', { testid: 'index-errors' });
    const summary = el('section', { cls: 'panel mi-summary', testid: 'index-summary', attrs: { 'aria-live': 'polite' } });
    const publishPanel = publisher ? el('section', { cls: 'panel mi-publish', testid: 'publish' }) : null;
    const versions = el('section', { cls: 'panel mi-versions', testid: 'versions' });
    const chapterList = el('ol', { cls: 'mi-chapters', testid: 'chapter-list' });
    const chapterPanel = el('section', { cls: 'panel mi-chapter', testid: 'chapter-detail' });
    const rulesPanel = el('section', { cls: 'panel mi-rules', testid: 'rules' });
    root.append(
      el('h1', { text: t('heading') }), errors,
      el('div', { cls: 'mi-top' }, [summary, publishPanel]),
      versions,
      el('div', { cls: 'mi-layout' }, [
        el('nav', { cls: 'panel mi-nav', attrs: { 'aria-label': t('chapters') } }, [el('h2', { text: t('chapters') }), chapterList]),
        chapterPanel]),
      rulesPanel);

    const fail = (e) => {
      if (alive) errors.replaceChildren(el('p', { text: t('error', { reason: e.message }), cls: 'notice notice-error', attrs: { role: 'alert' } }));
    };

    // ---- what is in force
    function renderSummary(index, rules) {
      summary.replaceChildren(...[
        el('h2', { text: t('current') }),
        el('p', { cls: 'mi-current' }, [el('strong', { text: t('index.current', { version: index.version }), testid: 'index-version', attrs: { 'data-version': index.version } }),
          el('span', { text: ` – ${index.title}`, testid: 'index-title', attrs: { lang: index.language ?? 'en' } })]),
        el('p', { cls: 'mi-current' }, [el('strong', { text: t('rules.current', { version: rules.version, region: rules.region }), testid: 'rules-version', attrs: { 'data-version': rules.version } })]),
        index.notice ? el('p', { cls: 'notice notice-warn', testid: 'index-notice' }, [el('strong', { text: `${t('notice')}: ` }), el('span', { text: index.notice, attrs: { lang: index.language ?? 'en' } })]) : null,
        el('h3', { text: t('keyQuestions') }),
        el('ul', { cls: 'mi-key-questions', testid: 'key-questions' }, index.keyQuestions.map((q) => el('li', { text: q.text, attrs: { 'data-question': q.id, lang: index.language ?? 'en' } })))].filter(Boolean));
    }

    function renderRules(rules) {
      rulesPanel.replaceChildren(el('h2', { text: t('rules.heading') }),
        el('table', { cls: 'list', testid: 'rules-table' }, [
          el('thead', {}, [el('tr', {}, ['col.priority', 'col.meaning', 'col.action', 'col.lights', 'col.instruction'].map((k) => el('th', { text: t(k), attrs: { scope: 'col' } })))]),
          el('tbody', {}, rules.rules.map((rule) => el('tr', { testid: 'rule-row', attrs: { 'data-priority': rule.priority } }, [
            el('td', {}, [el('span', { text: rule.priority, cls: `prio prio-${rule.priority}` })]),
            el('td', { text: rule.meaning }),
            el('td', { text: word('action', rule.action) }),
            el('td', { text: rule.lightsAndSirens ? t('yes') : t('no') }),
            el('td', { text: rule.instruction }),
          ]))),
        ]));
    }

    // ---- versions: who published what when
    function versionTable(list, testid, titleKey) {
      return el('table', { cls: 'list mi-version-table', testid }, [
        el('thead', {}, [el('tr', {}, ['col.version', titleKey, 'col.source', 'col.published', 'col.by'].map((k) => el('th', { text: t(k), attrs: { scope: 'col' } })))]),
        el('tbody', {}, [...list.versions].reverse().map((v) => el('tr', { testid: 'version-row', cls: v.current ? 'selected' : '', attrs: { 'data-version': v.version } }, [
          el('td', {}, [el('strong', { text: v.version }), v.current ? el('span', { text: t('badge.current'), cls: 'badge mi-current-badge', testid: 'version-current' }) : null]),
          el('td', { text: v.title }),
          el('td', { text: t(`source.${v.source}`) }),
          el('td', { text: v.publishedAt ? dateTime(v.publishedAt) : '–', testid: 'version-published-at' }),
          el('td', { text: v.publishedBy ?? '–', testid: 'version-published-by' }),
        ]))),
      ]);
    }

    async function loadVersions() {
      const [index, rules] = await Promise.all([app.api.get('/api/triage/index/versions'), app.api.get('/api/triage/response-rules/versions')]);
      if (!alive) return;
      versions.replaceChildren(
        el('div', { cls: 'mi-version-block' }, [el('h2', { text: t('versions.index') }), versionTable(index, 'index-versions', 'col.title')]),
        el('div', { cls: 'mi-version-block' }, [el('h2', { text: t('versions.rules') }), versionTable(rules, 'rules-versions', 'col.region')]));
    }

    // ---- chapters
    function renderChapterList() {
      chapterList.replaceChildren(...overview.chapters.map((c) => {
        const link = el('a', { text: `${c.number}. ${c.title}`, testid: 'chapter-link', attrs: { href: `#/index/${encodeURIComponent(c.id)}`, 'data-chapter': c.id, lang: overview.language ?? 'en' } });
        if (isChosen(c)) link.setAttribute('aria-current', 'page');
        link.addEventListener('click', () => { focusChosenLink = true; });
        return el('li', {}, [link]);
      }));
      if (focusChosenLink) {
        focusChosenLink = false;
        chapterList.querySelector('[aria-current=page]')?.focus();
      }
    }

    const isChosen = (c) => chapterAsked && (c.id === chapterAsked || String(c.number) === chapterAsked);

    function responseText(response) {
      const extra = response.extra?.length ? ` + ${response.extra.map((x) => word('extra', x)).join(', ')}` : '';
      const lights = response.lightsAndSirens === null || response.lightsAndSirens === undefined
        ? t('lights.default') : t(response.lightsAndSirens ? 'lights.on' : 'lights.off');
      return `${word('unit', response.unit)} (${lights})${extra}`;
    }

    async function loadChapter() {
      const chosen = overview.chapters.find(isChosen) ?? overview.chapters[0];
      if (!chosen) {
        chapterPanel.replaceChildren();
        return;
      }
      const chapter = await app.api.get(`/api/triage/index/chapters/${encodeURIComponent(chosen.id)}?lang=${encodeURIComponent(app.lang)}`);
      if (!alive) return;
      // the index's texts carry the language the server served them in: English inside a Swedish page says so
      const lang = chapter.language ?? 'en';
      const questions = new Map(chapter.questions.map((q) => [q.id, q.text]));
      const advice = new Map(chapter.advice.map((a) => [a.id, a]));
      const criteria = el('tbody', {}, chapter.criteria.map((c) => el('tr', { testid: 'criterion', attrs: { 'data-code': c.code } }, [
        el('td', {}, [el('code', { text: c.code })]),
        el('td', {}, [el('span', { text: c.priority, cls: `prio prio-${c.priority}`, testid: 'criterion-priority' })]),
        el('td', { attrs: { lang } }, [el('span', { text: c.text }),
          c.advice.length ? el('div', { cls: 'muted small', text: `${t('advice')}: ${c.advice.map((id) => advice.get(id)?.title ?? id).join('; ')}` }) : null]),
        el('td', {}, [c.when.length
          ? el('ul', { cls: 'mi-findings' }, c.when.map((f) => el('li', { cls: f.answer ? 'mi-yes' : 'mi-no' }, [
            t(f.answer ? 'finding.yes' : 'finding.no', { text: '' }), el('span', { text: questions.get(f.question) ?? f.question, attrs: { lang } })])))
          : el('span', { cls: 'muted', text: t('when.default') })]),
        el('td', { text: responseText(c.response) }),
      ])));
      chapterPanel.replaceChildren(...[
        el('h2', { testid: 'chapter-title', attrs: { 'data-chapter': chapter.id } }, [t('chapter', { number: chapter.number, title: '' }),
          el('span', { text: chapter.title, attrs: { lang } })]),
        chapter.askKeyQuestions ? el('p', { cls: 'muted small', text: t('chapter.keyQuestions') }) : null,
        el('h3', { text: t('criteria') }),
        el('table', { cls: 'list mi-criteria', testid: 'criteria' }, [
          el('thead', {}, [el('tr', {}, ['col.code', 'col.priority', 'col.criterion', 'col.when', 'col.response'].map((k) => el('th', { text: t(k), attrs: { scope: 'col' } })))]),
          criteria]),
        chapter.advice.length ? el('h3', { text: t('advice') }) : null,
        ...chapter.advice.map((a) => el('details', { cls: 'mi-advice', testid: 'advice', attrs: { lang } }, [el('summary', { text: a.title }),
          el('ol', {}, a.steps.map((s) => el('li', { text: s })))])),
        chapter.references?.length ? el('p', { cls: 'muted', text: t('references', { list: chapter.references.join(', ') }) }) : null].filter(Boolean));
    }

    function moveChapter(step) {
      const list = overview?.chapters ?? [];
      if (!list.length) return;
      const at = Math.max(0, list.findIndex(isChosen));
      const next = list[(at + step + list.length) % list.length];
      focusChosenLink = true;
      app.navigate(`#/index/${encodeURIComponent(next.id)}`);
    }

    async function loadAll() {
      const [index, rules] = await Promise.all([app.api.get(`/api/triage/index?lang=${encodeURIComponent(app.lang)}`), app.api.get(`/api/triage/response-rules?lang=${encodeURIComponent(app.lang)}`)]);
      if (!alive) return;
      overview = index;
      if (!chapterAsked && index.chapters.length) chapterAsked = index.chapters[0].id;
      errors.replaceChildren();
      renderSummary(index, rules);
      renderRules(rules);
      renderChapterList();
      await Promise.all([loadVersions(), loadChapter()]);
      if (alive) root.dataset.loaded = 'true';
    }

    // ---- publishing (the medical director)
    let fileInput = null;
    function renderPublish() {
      const kindIndex = el('input', { testid: 'publish-kind-index', attrs: { type: 'radio', name: 'publish-kind', id: 'publish-kind-index', value: 'index' } });
      const kindRules = el('input', { testid: 'publish-kind-rules', attrs: { type: 'radio', name: 'publish-kind', id: 'publish-kind-rules', value: 'rules' } });
      kindIndex.checked = true;
      fileInput = el('input', { testid: 'publish-file', attrs: { type: 'file', id: 'publish-file', accept: '.yaml,.yml,application/yaml,text/yaml' } });
      const info = el('p', { cls: 'muted small', testid: 'publish-file-info', attrs: { role: 'status' } });
      const submit = el('button', { text: t('publish.submit'), cls: 'primary', testid: 'publish-submit', attrs: { type: 'submit' } });
      const result = el('div', { cls: 'mi-result', testid: 'publish-result', attrs: { 'aria-live': 'polite' } });
      const form = el('form', { cls: 'mi-publish-form', testid: 'publish-form' }, [
        el('h2', { text: t('publish') }),
        el('p', { cls: 'muted small', text: t('publish.hint') }),
        el('fieldset', { cls: 'mi-kind' }, [el('legend', { text: t('publish.kind') }),
          el('label', { attrs: { for: kindIndex.id } }, [kindIndex, el('span', { text: t('publish.kind.index', { format: KINDS.index.format }) })]),
          el('label', { attrs: { for: kindRules.id } }, [kindRules, el('span', { text: t('publish.kind.rules', { format: KINDS.rules.format }) })])]),
        el('label', { text: t('publish.file'), attrs: { for: fileInput.id } }), fileInput, info,
        submit, result]);
      const kind = () => (kindRules.checked ? 'rules' : 'index');
      let text = null; // the chosen file's text, read once it is chosen

      const read = (file) => new Promise((resolve, reject) => {
        const reader = new FileReader();
        reader.addEventListener('load', () => resolve(String(reader.result)));
        reader.addEventListener('error', () => reject(reader.error ?? new Error('FileReader')));
        reader.readAsText(file, 'utf-8');
      });
      const describe = (file) => {
        const version = /^version:\s*["']?([^"'\s#]+)/m.exec(text ?? '')?.[1];
        const format = /^format:\s*["']?([^"'\s#]+)/m.exec(text ?? '')?.[1];
        info.textContent = t('publish.file.info', { name: file.name, size: (file.size / 1024).toFixed(1),
          version: version ? t('publish.file.version', { version }) : '' });
        // a file of the other kind: chosen for the operator, and said so
        const other = Object.entries(KINDS).find(([, k]) => k.format === format)?.[0];
        if (other && other !== kind()) {
          (other === 'rules' ? kindRules : kindIndex).checked = true;
          info.textContent += ` ${t('publish.file.kind', { format, kind: t(other) })}`;
        }
      };
      fileInput.addEventListener('change', async () => {
        result.replaceChildren();
        text = null;
        const file = fileInput.files?.[0];
        if (!file) {
          info.textContent = '';
          return;
        }
        info.textContent = t('publish.reading');
        try {
          text = await read(file);
          if (alive) describe(file);
        } catch (e) {
          if (alive) result.replaceChildren(el('p', { cls: 'notice notice-error', testid: 'publish-unreadable', attrs: { role: 'alert' }, text: t('publish.unreadable', { reason: e.message }) }));
        }
      });
      form.addEventListener('submit', async (event) => {
        event.preventDefault();
        if (text === null) {
          result.replaceChildren(el('p', { cls: 'notice notice-error', testid: 'publish-no-file', attrs: { role: 'alert' }, text: t('publish.none') }));
          fileInput.focus();
          return;
        }
        submit.disabled = true;
        result.replaceChildren(el('p', { cls: 'muted', text: t('publish.sending') }));
        try {
          const published = await app.api.postText(KINDS[kind()].path, text, 'application/yaml');
          if (!alive) return;
          result.replaceChildren(el('p', { cls: 'notice mi-done', testid: 'publish-done', attrs: { role: 'status' }, text: t('publish.done', {
            version: published.version, title: published.title, by: published.publishedBy ?? '–', at: dateTime(published.publishedAt) }) }));
          app.toast(t('publish.done', { version: published.version, title: published.title, by: published.publishedBy ?? '–', at: dateTime(published.publishedAt) }), 'ok');
          await loadAll();
        } catch (e) {
          if (alive) result.replaceChildren(...refusal(e));
        } finally {
          submit.disabled = false;
        }
      });
      publishPanel.replaceChildren(form);
    }

    // A refused document: each problem with its line, column and place; a 409 on the version; anything else in words.
    function refusal(e) {
      const problems = e.problem?.problems;
      if (e.status === 400 && Array.isArray(problems) && problems.length) {
        const known = (n) => (n > 0 ? String(n) : t('problem.unknown'));
        return [
          el('p', { cls: 'notice notice-error', testid: 'publish-problems-summary', attrs: { role: 'alert' },
            text: problems.length === 1 ? t('publish.problems.one') : t('publish.problems', { count: problems.length }) }),
          el('table', { cls: 'list mi-problems', testid: 'publish-problems' }, [
            el('thead', {}, [el('tr', {}, ['problem.line', 'problem.column', 'problem.place', 'problem.message'].map((k) => el('th', { text: t(k), attrs: { scope: 'col' } })))]),
            el('tbody', {}, problems.map((p) => el('tr', { testid: 'publish-problem', attrs: { 'data-line': p.line, 'data-column': p.column } }, [
              el('td', { text: known(p.line), testid: 'problem-line' }),
              el('td', { text: known(p.column), testid: 'problem-column' }),
              el('td', {}, [el('code', { text: p.place, testid: 'problem-place' })]),
              el('td', { text: p.message, testid: 'problem-message', attrs: { lang: 'en' } }), // the validator writes English
            ]))),
          ]),
        ];
      }
      if (e.status === 409) {
        return [el('p', { cls: 'notice notice-error', testid: 'publish-conflict', attrs: { role: 'alert' }, text: t('publish.conflict', { detail: e.detail ?? e.message }) })];
      }
      return [el('p', { cls: 'notice notice-error', testid: 'publish-refused', attrs: { role: 'alert' }, text: t('publish.refused', { detail: e.message }) })];
    }

    // ---- start
    // one-letter shortcuts act only with focus in their panel (WCAG 2.1.4), or anywhere as Alt+letter
    if (publisher) {
      renderPublish();
      app.keys.add('u', t('key.file'), () => fileInput?.click(), { scope: publishPanel });
    }
    const chapters = root.querySelector('.mi-layout');
    app.keys.add('j', t('key.next'), () => moveChapter(1), { scope: chapters });
    app.keys.add('k', t('key.previous'), () => moveChapter(-1), { scope: chapters });
    // the floor and the auditor hear a publication live (the medical director's session has no stream)
    app.live.on('triage.IndexPublished', () => loadAll().catch(fail));
    app.live.on('triage.ResponseRulesPublished', () => loadAll().catch(fail));
    loadAll().catch(fail);
    return {
      unmount() {
        alive = false;
      },
    };
  },
};
