// Cluster (drift), #/cluster: which node writes the journal, under which epoch and until when its lease runs, what
// each node last said of itself, and the database's own replication (each standby's state, whether commits wait for
// it, and its lag). Asked of GET /api/cluster every 2 s: a takeover or a lagging standby shows without a reload.
import { el, clock, everyMs } from '../format.js';

const REFRESH_MS = 2000;
const GONE_AFTER_S = 10; // a node silent this long has probably stopped (it says what it does about once a second)

const strings = {
  sv: {
    'heading': 'Drift – noder och replikering',
    'writer': 'Skrivande nod',
    'writer.lease': '{node}, epok {epoch}, lease giltig till {until}',
    'writer.expired': '{node}, epok {epoch}, lease UTGÅNGEN {until} – ingen nod skriver',
    'writer.none': 'Ingen nod har skrivit journalen ännu',
    'embedded': 'Journalen är inbäddad (H2): en nod, ingen lease och ingen replikering. En reservcentral kräver en delad PostgreSQL-journal.',
    'thisNode': 'Denna nod: {node} ({role})',
    'role.active': 'aktiv',
    'role.standby': 'reserv',
    'nodes': 'Noder',
    'col.node': 'Nod',
    'col.role': 'Roll',
    'col.epoch': 'Epok',
    'col.applied': 'Tillämpad sekvens',
    'col.behind': 'Efter',
    'col.seen': 'Senast hörd',
    'seen': '{time} ({seconds} s sedan)',
    'gone': 'tyst – stoppad?',
    'replication': 'Databasens replikering',
    'replication.none': 'Ingen standby strömmar från primären: en commit finns bara på en server.',
    'replication.standbyServer': 'Journalen är ansluten till en standby: mottaget {received}, återspelat {replayed}, {bytes} byte efter, fördröjning {delay} s',
    'col.standby': 'Standby',
    'col.state': 'Läge',
    'col.sync': 'Synkron',
    'col.lag': 'Efter (byte)',
    'col.replayLag': 'Återspelning (s)',
    'updated': 'Uppdaterad {time}',
    'error': 'Kunde inte hämta klustret: {reason}',
  },
  en: {
    'heading': 'Operations – nodes and replication',
    'writer': 'Writing node',
    'writer.lease': '{node}, epoch {epoch}, lease valid until {until}',
    'writer.expired': '{node}, epoch {epoch}, lease EXPIRED {until} – no node writes',
    'writer.none': 'No node has written the journal yet',
    'embedded': 'The journal is embedded (H2): one node, no lease and no replication. A standby centre needs a shared PostgreSQL journal.',
    'thisNode': 'This node: {node} ({role})',
    'role.active': 'active',
    'role.standby': 'standby',
    'nodes': 'Nodes',
    'col.node': 'Node',
    'col.role': 'Role',
    'col.epoch': 'Epoch',
    'col.applied': 'Applied sequence',
    'col.behind': 'Behind',
    'col.seen': 'Last heard',
    'seen': '{time} ({seconds} s ago)',
    'gone': 'silent – stopped?',
    'replication': 'Database replication',
    'replication.none': 'No standby streams from the primary: a commit is on one server only.',
    'replication.standbyServer': 'The journal is connected to a standby: received {received}, replayed {replayed}, {bytes} bytes behind, delay {delay} s',
    'col.standby': 'Standby',
    'col.state': 'State',
    'col.sync': 'Synchronous',
    'col.lag': 'Behind (bytes)',
    'col.replayLag': 'Replay (s)',
    'updated': 'Updated {time}',
    'error': 'Could not load the cluster: {reason}',
  },
};

function table(headers, rows, testid) {
  const head = el('tr', {}, headers.map((h) => el('th', { text: h, attrs: { scope: 'col' } })));
  return el('table', { cls: 'cluster-table', testid }, [el('thead', {}, [head]), el('tbody', {}, rows)]);
}

export default {
  id: 'cluster',
  title: { sv: 'Drift', en: 'Operations' },
  key: 'o',
  roles: ['SUPERVISOR', 'ADMINISTRATOR', 'MONITORING'],
  strings,

  mount(root, app) {
    const t = app.t;
    const locale = app.lang === 'en' ? 'en-GB' : 'sv-SE';
    const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 3 });

    const writer = el('p', { cls: 'cluster-writer', testid: 'cluster-writer', attrs: { 'aria-live': 'polite' } });
    const self = el('p', { cls: 'muted', testid: 'cluster-this-node' });
    const nodes = el('div', { testid: 'cluster-nodes' });
    const replication = el('div', { testid: 'cluster-replication' });
    const updated = el('p', { cls: 'muted', testid: 'cluster-updated' });
    const error = el('p', { cls: 'error', testid: 'cluster-error', attrs: { role: 'alert' } });
    root.append(el('h1', { text: t('heading') }), error,
      el('section', { cls: 'panel' }, [el('h2', { text: t('writer') }), writer, self]),
      el('section', { cls: 'panel' }, [el('h2', { text: t('nodes') }), nodes]),
      el('section', { cls: 'panel' }, [el('h2', { text: t('replication') }), replication]),
      updated);

    function render(view) {
      self.textContent = t('thisNode', { node: view.nodeId, role: t(`role.${view.role}`) });
      if (!view.shared) {
        writer.textContent = t('embedded');
        writer.dataset.state = 'embedded';
        nodes.replaceChildren();
        replication.replaceChildren();
        return;
      }
      const lease = view.lease;
      writer.dataset.state = !lease ? 'none' : lease.live ? 'live' : 'expired';
      writer.dataset.node = lease?.nodeId ?? '';
      writer.textContent = !lease ? t('writer.none') : t(lease.live ? 'writer.lease' : 'writer.expired',
        { node: lease.nodeId, epoch: lease.epoch, until: clock(lease.expiresAt) });

      nodes.replaceChildren(table([t('col.node'), t('col.role'), t('col.epoch'), t('col.applied'), t('col.behind'), t('col.seen')],
        (view.nodes ?? []).map((node) => {
          const gone = node.secondsSinceSeen > GONE_AFTER_S;
          const row = el('tr', { testid: 'cluster-node', attrs: { 'data-node': node.nodeId, 'data-role': node.role } }, [
            el('td', { text: node.nodeId }),
            el('td', { text: t(`role.${node.role}`) }),
            el('td', { text: String(node.epoch) }),
            el('td', { text: String(node.appliedSequence) }),
            el('td', { text: String(Math.max(0, view.lastSequence - node.appliedSequence)) }),
            el('td', { text: t('seen', { time: clock(node.seenAt), seconds: number.format(node.secondsSinceSeen) })
              + (gone ? ` – ${t('gone')}` : '') }),
          ]);
          if (gone) row.classList.add('cluster-gone');
          return row;
        }), 'cluster-nodes-table'));

      const r = view.replication;
      const parts = [];
      if (r?.replay) {
        parts.push(el('p', { testid: 'cluster-replay', text: t('replication.standbyServer', {
          received: r.replay.receivedLsn ?? '–', replayed: r.replay.replayedLsn ?? '–',
          bytes: r.replay.behindBytes ?? '–', delay: r.replay.delaySeconds == null ? '–' : number.format(r.replay.delaySeconds) }) }));
      } else if (r && r.server && (r.standbys ?? []).length === 0) {
        parts.push(el('p', { testid: 'cluster-no-standby', cls: 'cluster-warning', text: t('replication.none') }));
      } else if (r) {
        parts.push(table([t('col.standby'), t('col.state'), t('col.sync'), t('col.lag'), t('col.replayLag')],
          r.standbys.map((s) => el('tr', { testid: 'cluster-standby', attrs: { 'data-standby': s.name ?? '', 'data-state': s.state ?? '' } }, [
            el('td', { text: s.name ?? '–' }),
            el('td', { text: s.state ?? '–' }),
            el('td', { text: s.syncState ?? '–' }),
            el('td', { text: s.lagBytes == null ? '–' : number.format(s.lagBytes), testid: 'cluster-standby-lag' }),
            el('td', { text: s.replayLagSeconds == null ? '–' : number.format(s.replayLagSeconds) }),
          ])), 'cluster-standbys'));
      }
      if (r?.problem) parts.push(el('p', { cls: 'cluster-warning', testid: 'cluster-replication-problem', text: r.problem }));
      replication.replaceChildren(...parts);
    }

    const stop = everyMs(REFRESH_MS, async (isAlive) => {
      const view = await app.api.get('/api/cluster');
      if (!isAlive()) return;
      error.textContent = '';
      render(view);
      updated.textContent = t('updated', { time: clock(new Date().toISOString()) });
    }, (e) => { error.textContent = t('error', { reason: e.message }); });

    return { unmount: stop };
  },
};
