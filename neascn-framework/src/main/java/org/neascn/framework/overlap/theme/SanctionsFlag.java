package org.neascn.framework.overlap.theme;

import java.util.List;
import org.neascn.model.member.MemberId;
import org.neascn.model.shared.LocalizedText;

/**
 * Marks a suggestion that involves members in a country under a sanctions regime: such a
 * suggestion is never routed to financing or matchmaking automatically and proceeds only with
 * an exemption recorded from the regime's exemption authority.
 *
 * @param regime      the regime's identifier ({@code un-dprk})
 * @param instruments the legal acts, as people cite them
 * @param members     the members of the suggestion that the regime covers
 * @param reason      the whole reason in words, for people and for an audit trail
 */
public record SanctionsFlag(String regime, LocalizedText regimeName, List<String> instruments, List<MemberId> members,
                            String reason) {

    public SanctionsFlag {
        instruments = List.copyOf(instruments);
        members = List.copyOf(members);
    }
}
