/**
 * The server's words for a reader of Swedish: the domain records its explanations, flags, travel-time notes and
 * refusals in English (the journal keeps that form, as triage's why-lines keep theirs); here they are put in
 * Swedish when the reader asks for it ({@code ?lang=sv} or {@code Accept-Language: sv}, as the console does).
 */
package se.larmcentral.web.words;
