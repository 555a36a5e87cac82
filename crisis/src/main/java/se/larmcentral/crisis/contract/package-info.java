/**
 * The region's ambulance-care contract (avtal om ambulanssjukvård / sjukvårdsrådgivning): its validity, extensions,
 * reminders before the end and the party that takes over at the end. Pure decisions at an explicit instant; the
 * centre ties them to incidents and its scheduler.
 */
package se.larmcentral.crisis.contract;
