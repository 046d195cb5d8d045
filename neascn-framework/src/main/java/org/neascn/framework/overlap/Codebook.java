package org.neascn.framework.overlap;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.neascn.framework.overlap.text.ConceptTagger;
import org.neascn.model.network.Network;
import org.neascn.model.network.NetworkId;
import org.neascn.model.reference.ReferenceDataSet;
import org.neascn.model.shared.InvalidValueException;
import org.neascn.model.shared.LocalizedText;
import org.neascn.model.taxonomy.Concept;
import org.neascn.model.taxonomy.FocusAreaCode;
import org.neascn.model.taxonomy.IndicatorCode;
import org.neascn.model.taxonomy.IndicatorDefinition;
import org.neascn.model.taxonomy.SdgTarget;
import org.neascn.model.taxonomy.SdgTargetCode;
import org.neascn.model.taxonomy.Taxonomy;

/**
 * The shared vocabulary overlap analysis compares plans by: the network's focus-area taxonomy,
 * the indicator catalogue (whose categories make indicators comparable across cities) and the
 * SDG targets with their wording, and the concept thesaurus that plan texts in any language are
 * tagged with.
 *
 * <p>Unknown codes: a focus area outside the network's taxonomy or an indicator code outside
 * the catalogue is an error, since these vocabularies are the network's own and a stray code
 * is a typo or a plan filed under another network. An SDG target that is well-formed but not
 * in the reference data (which carries all 169, though a network may ship its own list) is
 * compared as a code like any other, labelled by its number alone.
 */
public final class Codebook {

    private final Taxonomy taxonomy;
    private final Map<IndicatorCode, IndicatorDefinition> indicators = new HashMap<>();
    private final Map<SdgTargetCode, SdgTarget> sdgTargets = new HashMap<>();
    private final Map<String, Concept> concepts = new LinkedHashMap<>();
    /** Catalogue indicators by normalised name (any language) and unit, for indicators a city gave no code. */
    private final Map<String, IndicatorCode> indicatorsByName = new HashMap<>();
    /**
     * Built on first use and shared by every analysis on this codebook (and their copies), so
     * that scores and cooperation themes read texts alike and the forms are indexed once.
     */
    private volatile ConceptTagger tagger;

    /** A codebook without a concept thesaurus: texts then meet only within a language. */
    public Codebook(Taxonomy taxonomy, List<IndicatorDefinition> indicators, List<SdgTarget> sdgTargets) {
        this(taxonomy, indicators, sdgTargets, List.of());
    }

    public Codebook(Taxonomy taxonomy, List<IndicatorDefinition> indicators, List<SdgTarget> sdgTargets,
                    List<Concept> concepts) {
        this.taxonomy = taxonomy;
        indicators.forEach(i -> {
            this.indicators.put(i.code(), i);
            i.name().texts().values().forEach(name -> indicatorsByName.putIfAbsent(indicatorKey(name, i.unit()), i.code()));
        });
        sdgTargets.forEach(t -> this.sdgTargets.put(t.code(), t));
        concepts.forEach(c -> this.concepts.put(c.id(), c));
    }

    /** The vocabulary of one network in a reference data set. */
    public static Codebook of(ReferenceDataSet data, NetworkId networkId) {
        Network network = data.network(networkId).orElseThrow(() ->
                new InvalidValueException("network", "network " + networkId + " is not in the reference data"));
        Taxonomy taxonomy = data.taxonomy(network.taxonomy()).orElseThrow(() ->
                new InvalidValueException("network.taxonomy", "taxonomy " + network.taxonomy() + " is not in the reference data"));
        return new Codebook(taxonomy, data.indicators(),
                data.sdgs().stream().flatMap(g -> g.targets().stream()).toList(), data.concepts());
    }

    public Taxonomy taxonomy() {
        return taxonomy;
    }

    /** Checks that a focus area belongs to the taxonomy, naming the field that carries it. */
    public void checkFocusArea(FocusAreaCode code, String field) {
        if (!taxonomy.defines(code)) {
            throw new InvalidValueException(field, "'" + code + "' is not a focus area of taxonomy " + taxonomy.id()
                    + " " + taxonomy.focusAreas().stream().map(f -> f.code().value()).toList());
        }
    }

    /** The catalogue category of an indicator code, naming the field when the code is unknown. */
    public String category(IndicatorCode code, String field) {
        IndicatorDefinition definition = indicators.get(code);
        if (definition == null) {
            throw new InvalidValueException(field, "'" + code + "' is not an indicator of the catalogue");
        }
        return definition.category();
    }

    /** Whether the indicator catalogue holds this code. */
    public boolean definesIndicator(IndicatorCode code) {
        return indicators.containsKey(code);
    }

    /** Whether the SDG targets of the reference data (all 169) hold this code. */
    public boolean definesSdgTarget(SdgTargetCode code) {
        return sdgTargets.containsKey(code);
    }

    public LocalizedText focusAreaLabel(FocusAreaCode code) {
        return taxonomy.focusArea(code).map(f -> f.name()).orElse(LocalizedText.of("en", code.value()));
    }

    public LocalizedText sdgLabel(SdgTargetCode code) {
        return Optional.ofNullable(sdgTargets.get(code)).map(SdgTarget::text)
                .orElse(LocalizedText.of("en", "SDG target " + code));
    }

    /** The concept thesaurus, in the order of its file. */
    public List<Concept> concepts() {
        return List.copyOf(concepts.values());
    }

    public Optional<Concept> concept(String id) {
        return Optional.ofNullable(concepts.get(id));
    }

    /** The tagger of this thesaurus, the one the overlap analysis reads plan texts with; thread-safe. */
    public ConceptTagger tagger() {
        ConceptTagger t = tagger;
        if (t == null) {
            synchronized (this) {
                t = tagger;
                if (t == null) {
                    t = new ConceptTagger(List.copyOf(concepts.values()));
                    tagger = t;
                }
            }
        }
        return t;
    }

    /** This codebook with another thesaurus (none, to compare plans without one). */
    public Codebook withConcepts(List<Concept> thesaurus) {
        return new Codebook(taxonomy, List.copyOf(indicators.values()), List.copyOf(sdgTargets.values()), thesaurus);
    }

    /** The catalogue indicator of this name (in any of its languages) and unit, once both are normalised. */
    public Optional<IndicatorCode> indicatorNamed(String name, String unit) {
        return Optional.ofNullable(indicatorsByName.get(indicatorKey(name, unit)));
    }

    public Optional<IndicatorDefinition> indicator(IndicatorCode code) {
        return Optional.ofNullable(indicators.get(code));
    }

    /**
     * How indicators without a catalogue code are compared: the name in NFKC lower case with
     * punctuation and spacing reduced to single spaces, and the unit without spaces, with the
     * micro sign and Greek mu read as "u" (µg/m³, μg/m3 and ug/m3 are one unit).
     */
    static String indicatorKey(String name, String unit) {
        String n = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}.]+", " ").strip();
        String u = Normalizer.normalize(unit, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replaceAll("\\s+", "").replace('μ', 'u').replace('µ', 'u');
        return n + "|" + u;
    }
}
