package org.neascn.model.sanctions;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.neascn.model.shared.Identifier;
import org.neascn.model.shared.Require;

/**
 * A recorded exemption that lets a flagged project or initiative proceed under a regime.
 *
 * @param reference the exemption's reference as the authority issued it
 * @param expires   the last day it is valid, or null for no stated end
 */
public record SanctionsExemption(String regime, @NotBlank(message = "is required and must not be blank") String reference, @NotBlank(message = "is required and must not be blank") String authority, @NotNull(message = "is required") LocalDate granted,
        LocalDate expires) {

    public SanctionsExemption {
        Identifier.check(regime, "regime");
        reference = Require.text(reference, "reference");
        authority = Require.text(authority, "authority");
        Require.present(granted, "granted");
        Require.that(expires == null || !expires.isBefore(granted), "expires", "must not be before granted");
    }

    public boolean isValidOn(LocalDate day) {
        return !day.isBefore(granted) && (expires == null || !day.isAfter(expires));
    }
}
