// Who may see what: the session's roles against a view's `roles` and the server's access rules (server/README.md,
// "Access: who may call which route"). The console hides what its user would be refused, so no button leads to a 403.
// Without a session (a build without accounts) everything is allowed, as the server allows it.

// The floor: the roles that read the journal and its live stream.
export const FLOOR = ['CALL_TAKER', 'NURSE', 'DISPATCHER', 'SUPERVISOR'];
// The administrators whose views follow the stream's social events (their municipalities' only, the server filters).
export const SOCIAL_ADMINS = ['MUNICIPALITY_ADMIN', 'AGREEMENTS_ADMIN'];
// The auditor reads every GET and changes nothing.
export const AUDITOR = 'AUDITOR';
// A unit's terminal: the stream's events about its own unit (the server filters).
export const UNIT = ['UNIT_DEVICE'];
// A receiving hospital: the stream's pre-alerts to it and those units' statuses (the server filters).
export const HOSPITAL = ['HOSPITAL'];

// True when the session holds one of the roles (an action: the auditor is not added).
export function holds(session, roles) {
  if (!session) return true;
  return (session.roles ?? []).some((role) => roles.includes(role));
}

// True when the session may read what the roles may (the auditor reads everything).
export function reads(session, roles) {
  return holds(session, [...roles, AUDITOR]);
}

// The views the session may open, in the registry's order; a view with `auditor: false` is not the auditor's (a unit's
// terminal shows one unit's work, which the auditor reads in the journal).
export function viewsFor(session, views) {
  return views.filter((view) => !view.roles || (view.auditor === false ? holds(session, view.roles) : reads(session, view.roles)));
}
