package org.neascn.model.network;

import jakarta.validation.constraints.NotNull;
import org.neascn.model.shared.LocalizedText;
import org.neascn.model.shared.Require;

/**
 * What a network calls the things the software keeps, so that its screens and documents speak
 * the network's language: NEASCN's "smart city action plans" of its "member cities", the ASEAN
 * Smart Cities Network's "Smart City Action Plans" of its "ASCN cities". Each term is given in
 * the singular and the plural, in as many languages as the network writes.
 */
public record Terminology(
        @NotNull(message = "is required") LocalizedText plan,
        @NotNull(message = "is required") LocalizedText plans,
        @NotNull(message = "is required") LocalizedText member,
        @NotNull(message = "is required") LocalizedText members) {

    /** The words of the software itself, for a network that names none of its own. */
    public static final Terminology DEFAULT = new Terminology(
            LocalizedText.of("en", "smart city action plan"), LocalizedText.of("en", "smart city action plans"),
            LocalizedText.of("en", "member"), LocalizedText.of("en", "members"));

    public Terminology {
        Require.present(plan, "plan");
        Require.present(plans, "plans");
        Require.present(member, "member");
        Require.present(members, "members");
    }
}
