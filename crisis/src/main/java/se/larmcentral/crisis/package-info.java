/**
 * Crisis preparedness (beredskap): major incidents declared by a supervisor, public warnings and 113 13 information
 * published as CAP 1.2, and the regional ambulance-care contract with its validity and hand-over. Pure domain: no
 * HTTP, SQL or JSON outside its format packages; decisions take an explicit instant.
 */
package se.larmcentral.crisis;
