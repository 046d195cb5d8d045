package org.neascn.framework.overlap.text;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.neascn.model.shared.LocalizedText;

/**
 * Turns multilingual texts into term vectors with Lucene's analyzers, one per
 * {@link LanguageFamily}. Every language version of a text contributes its terms, each
 * prefixed with its family, so a Korean plan with an English translation can match an English
 * plan on the English words and a Korean plan on the Korean ones. Thread-safe: Lucene analyzers
 * keep their token streams per thread.
 */
public final class TextAnalyzer implements AutoCloseable {

    private static final String FIELD = "text";

    private final Vocabulary vocabulary;
    private final Map<LanguageFamily.Analysis, Analyzer> analyzers = new EnumMap<>(LanguageFamily.Analysis.class);

    public TextAnalyzer(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
        analyzers.put(LanguageFamily.Analysis.CJK_BIGRAMS, new CJKAnalyzer());
        analyzers.put(LanguageFamily.Analysis.RUSSIAN, new RussianAnalyzer());
        analyzers.put(LanguageFamily.Analysis.ENGLISH, new EnglishAnalyzer());
        analyzers.put(LanguageFamily.Analysis.PLAIN, new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, new LowerCaseFilter(source));
            }
        });
    }

    /** The vector of all language versions of the given texts together; empty when none has a term. */
    public TermVector vector(List<LocalizedText> texts) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (LocalizedText text : texts) {
            if (text != null) {
                text.texts().forEach((tag, value) -> count(tag, value, counts));
            }
        }
        return TermVector.fromCounts(counts);
    }

    /** The terms of one text in one language, as the analyzer of its family produces them. */
    public List<String> terms(String languageTag, String text) {
        List<String> out = new ArrayList<>();
        LanguageFamily family = LanguageFamily.of(languageTag);
        analyse(family, languageTag, text, term -> out.add(family.key() + ":" + term));
        return out;
    }

    /**
     * The words of the texts, as written, whose analysed terms are among the given ones: what a
     * reader is shown instead of stems and bigrams ({@code parking} rather than {@code en:park}).
     * Per language tag, in the order of the text, each once.
     */
    public Map<String, List<String>> words(List<LocalizedText> texts, java.util.Set<String> terms) {
        Map<String, java.util.LinkedHashSet<String>> found = new java.util.LinkedHashMap<>();
        for (LocalizedText text : texts) {
            if (text == null) {
                continue;
            }
            text.texts().forEach((tag, value) -> {
                LanguageFamily family = LanguageFamily.of(tag);
                Analyzer analyzer = analyzers.get(family.analysis());
                try (TokenStream stream = analyzer.tokenStream(FIELD, value)) {
                    CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
                    org.apache.lucene.analysis.tokenattributes.OffsetAttribute offset =
                            stream.addAttribute(org.apache.lucene.analysis.tokenattributes.OffsetAttribute.class);
                    stream.reset();
                    while (stream.incrementToken()) {
                        if (terms.contains(family.key() + ":" + term)) {
                            found.computeIfAbsent(tag, t -> new java.util.LinkedHashSet<>())
                                    .add(value.substring(offset.startOffset(), offset.endOffset()));
                        }
                    }
                    stream.end();
                } catch (IOException | RuntimeException e) {
                    throw new TextAnalysisException(tag, e.getMessage(), e);
                }
            });
        }
        Map<String, List<String>> out = new java.util.LinkedHashMap<>();
        found.forEach((tag, words) -> out.put(tag, List.copyOf(words)));
        return out;
    }

    private void count(String tag, String text, Map<Integer, Integer> counts) {
        LanguageFamily family = LanguageFamily.of(tag);
        String prefix = family.key() + ":";
        analyse(family, tag, text, term -> counts.merge(vocabulary.id(prefix + term), 1, Integer::sum));
    }

    private void analyse(LanguageFamily family, String tag, String text, java.util.function.Consumer<String> sink) {
        Analyzer analyzer = analyzers.get(family.analysis());
        try (TokenStream stream = analyzer.tokenStream(FIELD, text == null ? "" : text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                sink.accept(term.toString());
            }
            stream.end();
        } catch (IOException | RuntimeException e) {
            throw new TextAnalysisException(tag, e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        analyzers.values().forEach(Analyzer::close);
    }
}
