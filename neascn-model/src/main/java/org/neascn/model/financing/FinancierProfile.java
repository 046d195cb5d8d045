package org.neascn.model.financing;

import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Set;
import org.neascn.model.partner.PartnerId;
import org.neascn.model.project.Instrument;
import org.neascn.model.shared.Identifier;
import org.neascn.model.shared.LocalizedText;
import org.neascn.model.shared.Require;
import org.neascn.model.taxonomy.FocusAreaCode;

/**
 * What a financing partner funds and on what terms. An empty set of focus areas or sectors
 * means "any".
 *
 * @param id         the financier's identifier in the network's catalogue ({@code adb}, {@code gap-fund})
 * @param partner    the partner organisation behind it, or null for a financier that is not
 *                   (yet) a partner of the network
 * @param sectors    OECD DAC 5-digit purpose codes, or 3-digit sector codes covering them
 * @param ticketSize may be null when the financier states none
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
        List<EligibilityRule> rules) {

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
    }
}
