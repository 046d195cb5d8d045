package org.neascn.framework.overlap.theme;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.neascn.framework.overlap.PlanDossier;
import org.neascn.model.member.Member;
import org.neascn.model.member.MemberId;
import org.neascn.model.sanctions.SanctionsRegime;
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

    /** The flags of a group of plans: one per regime that covers any of their members. */
    static List<SanctionsFlag> of(List<PlanDossier> plans, List<SanctionsRegime> regimes) {
        List<SanctionsFlag> flags = new ArrayList<>();
        for (SanctionsRegime regime : regimes) {
            List<Member> covered = plans.stream().map(PlanDossier::member).distinct()
                    .filter(m -> regime.covers(m.country())).toList();
            if (!covered.isEmpty()) {
                String who = covered.stream().map(m -> SuggestionAssembly.englishName(m) + " (" + m.country() + ")")
                        .collect(Collectors.joining(", "));
                String reason = who + " " + (covered.size() == 1 ? "is" : "are") + " covered by "
                        + regime.name().bestFor(Locale.LanguageRange.parse("en")) + " (" + String.join("; ", regime.instruments())
                        + "). Not to be routed to financing or matchmaking automatically; proceeds only with an exemption from the "
                        + regime.exemptionAuthority() + ".";
                flags.add(new SanctionsFlag(regime.id(), regime.name(), regime.instruments(),
                        covered.stream().map(Member::id).toList(), reason));
            }
        }
        return flags;
    }
}
