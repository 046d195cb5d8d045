package org.neascn.model.financing;

import jakarta.validation.constraints.NotNull;
import org.neascn.model.shared.Money;
import org.neascn.model.shared.Require;

/**
 * The range of amounts a financier commits to one project. Invariant: both ends in one
 * currency, the minimum not above the maximum.
 *
 * @param max may be null for no stated ceiling
 */
public record TicketSize(@NotNull(message = "is required") Money min, Money max) {

    public TicketSize {
        Require.present(min, "min");
        if (max != null) {
            Require.that(min.currency().equals(max.currency()), "max.currency",
                    "must be the currency of min (" + min.currency() + ")");
            Require.that(min.compareTo(max) <= 0, "max", "must not be below min (" + min + ")");
        }
    }
}
