package org.neascn.framework.overlap.text;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.neascn.model.shared.LocalizedText;
import org.neascn.model.taxonomy.Concept;

/**
 * Finds the concepts of a thesaurus that a text speaks of, in each of its language versions,
 * through the surface forms the thesaurus gives for that language. How a form is found depends
 * on how the language writes words:
 *
 * <ul>
 * <li>English and Russian: as a phrase of Lucene's stemmed tokens (the analyzers the text
 *     similarity uses), so "smart parking" finds "parking is smart" no more than it should, and
 *     "платная парковка" finds "платной парковки";</li>
 * <li>Chinese, Japanese and Korean: as a substring of the text with spaces and punctuation
 *     removed (they write no spaces, or space compounds freely); a form that begins or ends in
 *     Latin letters or digits (PM2.5) must not run into further ones (no "AI" in "rain");</li>
 * <li>Mongolian and any other language: as a substring that begins a word and may end inside
 *     one, since suffixes are attached and stems change (бохирдол, бохирдлыг).</li>
 * </ul>
 *
 * Where forms overlap the longest wins (초미세먼지 is PM2.5, not the 미세먼지 of PM10 inside it).
 * A text is matched only with the forms of its own language (by primary subtag: {@code zh-CN}
 * uses the {@code zh-Hans} forms). Thread-safe.
 */
public final class ConceptTagger implements AutoCloseable {

    private enum Strategy { TOKENS, ANYWHERE, WORD_START }

    /** A surface form of one concept, as the strategy of its language compares it. */
    private record Form(String concept, String[] tokens, String normal) {
    }

    /** Per primary language: forms by their first token (TOKENS) or first character (substring strategies). */
    private final Map<String, Map<String, List<Form>>> forms = new HashMap<>();
    private final Map<String, Analyzer> analyzers = new HashMap<>();

    public ConceptTagger(List<Concept> concepts) {
        analyzers.put("en", new EnglishAnalyzer());
        analyzers.put("ru", new RussianAnalyzer());
        for (Concept concept : concepts) {
            concept.surfaceForms().forEach((tag, words) -> words.forEach(w -> add(concept.id(), primary(tag), w)));
        }
    }

    /** Every concept each language version of the text speaks of, in the order the text does. */
    public List<ConceptMatch> tag(LocalizedText text) {
        List<ConceptMatch> out = new ArrayList<>();
        if (text != null) {
            text.texts().forEach((tag, value) -> out.addAll(tag(tag, value)));
        }
        return out;
    }

    /** The concepts one text in one language speaks of, in the order the text does. */
    public List<ConceptMatch> tag(String languageTag, String text) {
        String language = primary(languageTag);
        Map<String, List<Form>> byFirst = forms.get(language);
        if (byFirst == null || text == null || text.isBlank()) {
            return List.of();
        }
        List<Candidate> found = strategy(language) == Strategy.TOKENS
                ? byTokens(language, text, byFirst) : bySubstring(language, text, byFirst);
        return longestFirst(found).stream()
                .map(c -> new ConceptMatch(c.concept, languageTag, c.words, c.start)).toList();
    }

    private record Candidate(String concept, int start, int end, String words) {
    }

    private void add(String concept, String language, String word) {
        Strategy strategy = strategy(language);
        Form form;
        String key;
        if (strategy == Strategy.TOKENS) {
            List<Token> tokens = tokens(language, word);
            if (tokens.isEmpty()) {
                return; // a form of stop words only ("ITS" is "its") can never be found as a phrase
            }
            form = new Form(concept, tokens.stream().map(Token::term).toArray(String[]::new), null);
            key = form.tokens[0];
        } else {
            String normal = SurfaceText.form(word, strategy == Strategy.WORD_START);
            if (normal.isEmpty()) {
                return;
            }
            form = new Form(concept, null, normal);
            key = normal.substring(0, Character.charCount(normal.codePointAt(0)));
        }
        forms.computeIfAbsent(language, l -> new HashMap<>()).computeIfAbsent(key, k -> new ArrayList<>()).add(form);
    }

    private List<Candidate> byTokens(String language, String text, Map<String, List<Form>> byFirst) {
        List<Token> tokens = tokens(language, text);
        List<Candidate> found = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            for (Form form : byFirst.getOrDefault(tokens.get(i).term, List.of())) {
                int n = form.tokens.length;
                if (i + n > tokens.size()) {
                    continue;
                }
                boolean all = true;
                for (int j = 1; j < n && all; j++) {
                    all = tokens.get(i + j).term.equals(form.tokens[j]);
                }
                if (all) {
                    int start = tokens.get(i).start;
                    int end = tokens.get(i + n - 1).end;
                    found.add(new Candidate(form.concept, start, end, text.substring(start, end)));
                }
            }
        }
        return found;
    }

    private List<Candidate> bySubstring(String language, String text, Map<String, List<Form>> byFirst) {
        boolean wordStart = strategy(language) == Strategy.WORD_START;
        SurfaceText surface = SurfaceText.of(text, wordStart);
        String normal = surface.normal;
        List<Candidate> found = new ArrayList<>();
        for (int i = 0; i < normal.length(); i += Character.charCount(normal.codePointAt(i))) {
            if (wordStart && i > 0 && normal.charAt(i - 1) != ' ') {
                continue;
            }
            String first = normal.substring(i, i + Character.charCount(normal.codePointAt(i)));
            for (Form form : byFirst.getOrDefault(first, List.of())) {
                int end = i + form.normal.length();
                if (normal.startsWith(form.normal, i) && (wordStart || latinEdgesFree(normal, i, end))) {
                    found.add(new Candidate(form.concept, surface.originalOffset(i), surface.originalOffset(end - 1) + 1,
                            surface.words(i, end, wordStart)));
                }
            }
        }
        return found;
    }

    /** A match that begins (ends) with a Latin letter or digit must not continue a Latin word before (after) it. */
    private static boolean latinEdgesFree(String normal, int start, int end) {
        boolean before = start > 0 && isLatinWordChar(normal.charAt(start)) && isLatinWordChar(normal.charAt(start - 1));
        boolean after = end < normal.length() && isLatinWordChar(normal.charAt(end - 1)) && isLatinWordChar(normal.charAt(end));
        return !before && !after;
    }

    private static boolean isLatinWordChar(char c) {
        return c < 0x0250 && Character.isLetterOrDigit(c);
    }

    /** Overlapping matches: the longest stays, then the earliest; one match per concept and place. */
    private static List<Candidate> longestFirst(List<Candidate> found) {
        if (found.size() < 2) {
            return found;
        }
        List<Candidate> bySize = new ArrayList<>(found);
        bySize.sort(Comparator.comparingInt((Candidate c) -> c.start - c.end).thenComparingInt(c -> c.start));
        List<Candidate> kept = new ArrayList<>();
        for (Candidate c : bySize) {
            boolean free = kept.stream().noneMatch(k -> c.start < k.end && k.start < c.end);
            if (free) {
                kept.add(c);
            }
        }
        kept.sort(Comparator.comparingInt(Candidate::start));
        return kept;
    }

    private record Token(String term, int start, int end) {
    }

    private List<Token> tokens(String language, String text) {
        List<Token> out = new ArrayList<>();
        try (TokenStream stream = analyzers.get(language).tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                out.add(new Token(term.toString(), offset.startOffset(), offset.endOffset()));
            }
            stream.end();
        } catch (IOException | RuntimeException e) {
            throw new TextAnalysisException(language, e.getMessage(), e);
        }
        return out;
    }

    private static Strategy strategy(String language) {
        return switch (language) {
            case "en", "ru" -> Strategy.TOKENS;
            case "zh", "ja", "ko" -> Strategy.ANYWHERE;
            default -> Strategy.WORD_START;
        };
    }

    private static String primary(String tag) {
        String language = Locale.forLanguageTag(tag == null ? "" : tag).getLanguage();
        return language.isEmpty() ? "und" : language;
    }

    @Override
    public void close() {
        analyzers.values().forEach(Analyzer::close);
    }
}
