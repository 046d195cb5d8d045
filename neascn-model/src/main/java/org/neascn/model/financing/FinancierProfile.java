package org.neascn.model.financing;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.neascn.model.network.NetworkId;
import org.neascn.model.partner.PartnerId;
import org.neascn.model.project.Instrument;
import org.neascn.model.shared.Identifier;
import org.neascn.model.shared.InvalidValueException;
import org.neascn.model.shared.LocalizedText;
import org.neascn.model.shared.Require;
import org.neascn.model.taxonomy.FocusAreaCode;

/**
 * What a financing partner funds and on what terms: one programme of one institution, so that a
 * bank's technical-assistance offer, with its own stages, is a profile of its own beside its
 * loans. An empty set of focus areas or sectors means "any".
 *
 * <p>Invariants: at least one instrument; rule identifiers unique; every {@link SourcedFact}
 * names a fact this profile has; a profile held by a network's register sources every fact.
 * {@link #unsourcedFacts()} lists the facts no source vouches for.
 *
 * @param id         the financier's identifier in the network's catalogue ({@code adb}, {@code gap-fund})
 * @param partner    the partner organisation behind it, or null for a financier that is not
 *                   (yet) a partner of the network
 * @param sectors    OECD DAC 5-digit purpose codes, or 3-digit sector codes covering them
 * @param ticketSize may be null when the financier publishes none
 * @param lenses     the readiness lenses its own criteria add ({@code climate} for a climate
 *                   fund): a project judged for this financier is assessed through them
 * @param provenance the source, date and verification of each fact
 * @param network    the network whose financier register holds the profile; null in a reference
 *                   data file, which belongs to its network's directory. A profile in a register
 *                   must source every fact.
 */
public record FinancierProfile(
        String id,
        @NotNull(message = "is required") LocalizedText name,
        PartnerId partner,
        @NotNull(message = "is required") LocalizedText programme,
        @NotNull(message = "is required") FinancierType type,
        Set<Instrument> instruments,
        Set<FocusAreaCode> focusAreas,
        Set<String> sectors,
        @NotNull(message = "is required") StageWindow stages,
        TicketSize ticketSize,
        List<EligibilityRule> rules,
        Set<String> lenses,
        List<SourcedFact> provenance,
        NetworkId network) {

    /** The canonical constructor, the one JSON binding uses. */
    @JsonbCreator
    public FinancierProfile {
        Identifier.check(id, "id");
        Require.present(name, "name");
        Require.present(programme, "programme");
        Require.present(type, "type");
        instruments = Require.set(instruments, "instruments");
        Require.that(!instruments.isEmpty(), "instruments", "needs at least one instrument");
        focusAreas = Require.set(focusAreas, "focusAreas");
        sectors = Require.set(sectors, "sectors");
        for (String s : sectors) {
            Require.that(s.matches("[0-9]{3}|[0-9]{5}"), "sectors", "'" + s + "' is not a 3- or 5-digit DAC code");
        }
        Require.present(stages, "stages");
        rules = Require.list(rules, "rules");
        Require.that(rules.stream().map(EligibilityRule::id).distinct().count() == rules.size(), "rules",
                "ids must be unique within a financier");
        lenses = Require.set(lenses, "lenses");
        for (String lens : lenses) {
            Identifier.check(lens, "lenses");
        }
        provenance = Require.list(provenance, "provenance");
        Set<String> facts = facts(focusAreas, sectors, ticketSize, rules, lenses);
        for (int i = 0; i < provenance.size(); i++) {
            String fact = provenance.get(i).fact();
            if (!facts.contains(fact)) {
                throw new InvalidValueException("provenance[" + i + "].fact",
                        "'" + fact + "' is not a fact of this profile; it has " + String.join(", ", facts));
            }
        }
        if (network != null) {
            List<String> missing = unsourced(provenance, facts);
            if (!missing.isEmpty()) {
                throw new InvalidValueException("provenance", "no source is given for " + String.join(", ", missing)
                        + "; every fact of a financier in a register needs its source, date and verified flag");
            }
        }
    }

    /** A profile without lenses or sources, as a network drafts one before citing it. */
    public FinancierProfile(String id, LocalizedText name, PartnerId partner, LocalizedText programme,
            FinancierType type, Set<Instrument> instruments, Set<FocusAreaCode> focusAreas, Set<String> sectors,
            StageWindow stages, TicketSize ticketSize, List<EligibilityRule> rules) {
        this(id, name, partner, programme, type, instruments, focusAreas, sectors, stages, ticketSize, rules,
                Set.of(), List.of(), null);
    }

    /** The same profile as the register of a network holds it. */
    public FinancierProfile inNetwork(NetworkId held) {
        return new FinancierProfile(id, name, partner, programme, type, instruments, focusAreas, sectors, stages,
                ticketSize, rules, lenses, provenance, held);
    }

    /** The facts of this profile that no entry of {@link #provenance} vouches for, in field order. */
    public List<String> unsourcedFacts() {
        return unsourced(provenance, facts(focusAreas, sectors, ticketSize, rules, lenses));
    }

    private static List<String> unsourced(List<SourcedFact> provenance, Set<String> facts) {
        List<String> missing = new ArrayList<>();
        for (String fact : facts) {
            if (provenance.stream().noneMatch(p -> p.fact().equals(fact))) {
                missing.add(fact);
            }
        }
        return missing;
    }

    /** The facts a profile states: the always-present ones, then those it fills in. */
    private static Set<String> facts(Set<FocusAreaCode> focusAreas, Set<String> sectors, TicketSize ticketSize,
            List<EligibilityRule> rules, Set<String> lenses) {
        Set<String> facts = new LinkedHashSet<>(List.of("type", "instruments", "stages"));
        if (!focusAreas.isEmpty()) {
            facts.add("focusAreas");
        }
        if (!sectors.isEmpty()) {
            facts.add("sectors");
        }
        if (ticketSize != null) {
            facts.add("ticketSize");
        }
        if (!lenses.isEmpty()) {
            facts.add("lenses");
        }
        for (EligibilityRule r : rules) {
            facts.add("rules." + r.id());
        }
        return facts;
    }
}
