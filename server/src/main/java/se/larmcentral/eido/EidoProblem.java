package se.larmcentral.eido;

/**
 * One thing wrong with an EIDO document.
 *
 * @param path    where, as a JSON path from the document's root ({@code $.callComponent[0].direction})
 * @param problem what is wrong there, in words
 */
public record EidoProblem(String path, String problem) {
}
