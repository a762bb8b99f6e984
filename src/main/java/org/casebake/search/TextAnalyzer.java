package org.casebake.search;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.TypeTokenFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Turns text into the terms of the search index, with Apache Lucene's analyzers; the only class that
 * sees Lucene. The chain, which {@code assets/js/search-engine.js} repeats for queries, is: StandardTokenizer
 * (Unicode word boundaries), drop emoji tokens, English possessive ('s), lower-case, ASCII folding
 * (diacritics, ligatures), English stop words, Porter stemming.
 */
final class TextAnalyzer implements AutoCloseable {

    private final Analyzer analyzer = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer tokenizer = new StandardTokenizer();
            TokenStream stream = new TypeTokenFilter(tokenizer,
                    Set.of(StandardTokenizer.TOKEN_TYPES[StandardTokenizer.EMOJI]));
            stream = new EnglishPossessiveFilter(stream);
            stream = new LowerCaseFilter(stream);
            stream = new ASCIIFoldingFilter(stream);
            stream = new StopFilter(stream, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
            stream = new PorterStemFilter(stream);
            return new TokenStreamComponents(tokenizer, stream);
        }
    };

    /** Receives the terms of a text one at a time, without a String or token object per term. */
    interface TermSink {
        /** One term: its characters are {@code buffer[0, length)}, valid only during the call. */
        void term(char[] buffer, int length, int position);
    }

    /** Returns the terms of a text in order, positions counted from 0. */
    List<AnalyzedToken> analyze(String text) {
        List<AnalyzedToken> tokens = new ArrayList<>();
        analyze(text, (buffer, length, position) -> tokens.add(new AnalyzedToken(new String(buffer, 0, length),
                position)));
        return tokens;
    }

    /** Hands the terms of a text to {@code sink} in order, positions counted from 0. */
    void analyze(String text, TermSink sink) {
        try (TokenStream stream = analyzer.tokenStream("text", new StringReader(text))) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            int position = -1;
            while (stream.incrementToken()) {
                position += increment.getPositionIncrement();
                sink.term(term.buffer(), term.length(), position);
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot analyze text held in memory", e);
        }
    }

    /** Lucene's ASCII folding of a text on its own; search-engine.js carries a table checked against it. */
    static String foldToAscii(String text) {
        char[] in = text.toCharArray();
        char[] out = new char[in.length * 4 + 4];
        int length = ASCIIFoldingFilter.foldToASCII(in, 0, out, 0, in.length);
        return new String(out, 0, length);
    }

    @Override
    public void close() {
        analyzer.close();
    }
}
