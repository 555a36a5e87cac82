/**
 * NENA EIDO (Emergency Incident Data Object, NENA-STA-021.1) as a wire format: the schema check, an incident
 * exported as EIDO JSON and an EIDO from another centre read into what the centre records. Beside the fronts (the
 * web and the command line both use it), never in a domain module: the domain stays free of JSON.
 */
package se.larmcentral.eido;
