package org.neascn.server.initiative;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.neascn.framework.sanctions.SanctionsScreening;
import org.neascn.framework.sanctions.ScreeningResult;
import org.neascn.model.initiative.Initiative;
import org.neascn.model.initiative.InitiativePartner;
import org.neascn.model.initiative.Milestone;
import org.neascn.model.member.MemberId;
import org.neascn.server.api.DisplayLanguage;
import org.neascn.server.pipeline.PipelineService;
import org.neascn.server.register.ListQuery;
import org.neascn.server.register.Page;
import org.neascn.server.register.RegisterService;
import org.neascn.server.register.Registers;
import org.neascn.server.register.Stored;

/**
 * The initiatives of a network as a board shows them: one card per initiative with what a
 * reader decides on at a glance (who takes part, who leads, the sanctions standing under the
 * network's regimes, the next milestone), read with the caller's rights.
 */
@ApplicationScoped
@Transactional
public class InitiativeBoard {

    @Inject
    RegisterService registers;

    @Inject
    PipelineService pipeline;

    /**
     * One card.
     *
     * @param displayLanguage the language of {@code title}: the caller's, or the initiative's original
     * @param sanctions     CLEAR, EXEMPTED, FLAGGED or UNRESOLVED (ScreeningResult.Status)
     * @param nextMilestone the earliest milestone still planned, if any
     */
    public record BoardCard(String id, String title, String displayLanguage, String status, String lead,
            List<String> members, List<InitiativePartner> partners, String sanctions, String sanctionsSummary,
            Optional<Milestone> nextMilestone, long version) implements org.neascn.server.api.Shown {
    }

    public List<BoardCard> cards(String network, String acceptLanguage) {
        SanctionsScreening screening = pipeline.screening(network);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        List<java.util.Locale.LanguageRange> languages = DisplayLanguage.preferences(acceptLanguage);
        List<BoardCard> cards = new ArrayList<>();
        for (int offset = 0;; offset += ListQuery.MAX_LIMIT) {
            Page<Initiative> page = registers.list(Registers.INITIATIVES, network,
                    new ListQuery(Map.of(), null, "id", offset, ListQuery.MAX_LIMIT));
            for (Stored<Initiative> stored : page.items()) {
                Initiative initiative = stored.record();
                ScreeningResult screened = screening.screen(initiative, today);
                cards.add(new BoardCard(initiative.id().value(), initiative.title().bestFor(languages),
                            initiative.title().bestLanguageFor(languages),
                            initiative.status().name(), initiative.lead().value(),
                            initiative.members().stream().map(MemberId::value).sorted().toList(), initiative.partners(),
                        screened.status().name(), screened.summary(), next(initiative), stored.version()));
            }
            if (offset + ListQuery.MAX_LIMIT >= page.total()) {
                return cards;
            }
        }
    }

    /** The sanctions screening of one initiative, with the rule that applied. */
    public ScreeningResult screen(String network, String id) {
        Stored<Initiative> initiative = registers.get(Registers.INITIATIVES, network, id);
        return pipeline.screening(network).screen(initiative.record(), LocalDate.now(ZoneOffset.UTC));
    }

    private static Optional<Milestone> next(Initiative initiative) {
        return initiative.milestones().stream().filter(m -> m.status() == Milestone.Status.PLANNED)
                .min(Comparator.comparing(Milestone::due));
    }

}
