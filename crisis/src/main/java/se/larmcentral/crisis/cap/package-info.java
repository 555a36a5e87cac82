/**
 * OASIS CAP 1.2 (Common Alerting Protocol) as XML: the centre's public messages written, other authorities' messages
 * read with every hostile construct refused (no DTD, no external entity, a size limit), and the CAP 1.2 XML Schema
 * check. JDK StAX and javax.xml.validation only; the schema file itself is read from where the operator keeps it.
 */
package se.larmcentral.crisis.cap;
