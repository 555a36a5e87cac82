package se.larmcentral.geo.streets;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Words of street and place names in lower case with their letters folded to plain ASCII, so that "Södermalm",
 * "sodermalm" and "SÖDERMALM" are one word (å and ä become a, ö becomes o: how they are typed on a keyboard without
 * them). House numbers keep their letter: "12B" is "12b".
 */
final class SwedishNameAnalyzer extends Analyzer {

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer words = new StandardTokenizer();
        TokenStream folded = new ASCIIFoldingFilter(new LowerCaseFilter(words));
        return new TokenStreamComponents(words, folded);
    }
}
