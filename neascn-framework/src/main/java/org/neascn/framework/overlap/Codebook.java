package org.neascn.framework.overlap;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.neascn.model.network.Network;
import org.neascn.model.network.NetworkId;
import org.neascn.model.reference.ReferenceDataSet;
import org.neascn.model.shared.InvalidValueException;
import org.neascn.model.shared.LocalizedText;
import org.neascn.model.taxonomy.FocusAreaCode;
import org.neascn.model.taxonomy.IndicatorCode;
import org.neascn.model.taxonomy.IndicatorDefinition;
import org.neascn.model.taxonomy.SdgTarget;
import org.neascn.model.taxonomy.SdgTargetCode;
import org.neascn.model.taxonomy.Taxonomy;

/**
 * The shared vocabulary overlap analysis compares plans by: the network's focus-area taxonomy,
 * the indicator catalogue (whose categories make indicators comparable across cities) and the
 * SDG targets with their wording.
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

    public Codebook(Taxonomy taxonomy, List<IndicatorDefinition> indicators, List<SdgTarget> sdgTargets) {
        this.taxonomy = taxonomy;
        indicators.forEach(i -> this.indicators.put(i.code(), i));
        sdgTargets.forEach(t -> this.sdgTargets.put(t.code(), t));
    }

    /** The vocabulary of one network in a reference data set. */
    public static Codebook of(ReferenceDataSet data, NetworkId networkId) {
        Network network = data.network(networkId).orElseThrow(() ->
                new InvalidValueException("network", "network " + networkId + " is not in the reference data"));
        Taxonomy taxonomy = data.taxonomy(network.taxonomy()).orElseThrow(() ->
                new InvalidValueException("network.taxonomy", "taxonomy " + network.taxonomy() + " is not in the reference data"));
        return new Codebook(taxonomy, data.indicators(),
                data.sdgs().stream().flatMap(g -> g.targets().stream()).toList());
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
}
