package org.neascn.model.project;

import jakarta.validation.constraints.NotNull;
import org.neascn.model.partner.PartnerId;
import org.neascn.model.shared.LocalizedText;
import org.neascn.model.shared.Money;
import org.neascn.model.shared.Require;

/**
 * Money for a project from one source. Only secured funding closes the financing gap;
 * pledged funding is shown but not counted.
 *
 * @param funder     the partner that provides it, or null for a source outside the network
 * @param source     the source's name (city budget, national ministry); required without a funder
 * @param instrument how it is provided, or null when not known
 */
public record Funding(PartnerId funder, LocalizedText source, @NotNull(message = "is required") Money amount, Instrument instrument, boolean secured) {

    public Funding {
        Require.that(funder != null || source != null, "source", "name the funder or the source of the money");
        Require.present(amount, "amount");
    }
}
