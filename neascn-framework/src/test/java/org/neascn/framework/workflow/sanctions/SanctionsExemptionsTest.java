package org.neascn.framework.workflow.sanctions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.neascn.framework.workflow.Plans.CLOCK;
import static org.neascn.framework.workflow.Plans.SECRETARIAT;
import static org.neascn.framework.workflow.Plans.SEOUL_EDITOR;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.neascn.framework.workflow.WorkflowException;
import java.util.Set;
import org.neascn.framework.workflow.Plans;
import org.neascn.model.initiative.InitiativeId;
import org.neascn.model.initiative.Theme;
import org.neascn.model.initiative.Initiative;
import org.neascn.model.initiative.InitiativeStatus;
import org.neascn.model.reference.ReferenceData;
import org.neascn.model.sanctions.SanctionsExemption;
import org.neascn.model.sanctions.SanctionsRegime;

class SanctionsExemptionsTest {

    private static final List<SanctionsRegime> REGIMES = ReferenceData.standard().sanctionsRegimes();
    private static final SanctionsExemption EXEMPTION = new SanctionsExemption("un-dprk", "1718/EX/2021/7",
            "1718 Committee", LocalDate.parse("2021-03-01"), null);

    private static Initiative proposed() {
        return new Initiative(InitiativeId.of("clean-air"), Plans.NEASCN, Plans.en("Clean air corridor"),
                new Theme(Theme.Kind.SDG_TARGET, "11.6", Plans.en("Urban air quality")), Plans.SEOUL,
                Set.of(Plans.SEOUL, Plans.BUSAN), List.of(), List.of(), List.of(), List.of(), InitiativeStatus.PROPOSED,
                null, List.of());
    }

    private final SanctionsExemptions exemptions = new SanctionsExemptions(CLOCK);

    @Test
    void theSecretariatRecordsAnExemptionOnTheTrail() {
        var outcome = exemptions.record(SECRETARIAT, proposed(), EXEMPTION,
                REGIMES);

        assertEquals(List.of(EXEMPTION), outcome.record().sanctionsExemptions());
        assertEquals("sanctions.exemption.record", outcome.audit().get(0).action());
        assertEquals(1, outcome.audit().get(0).initiatives().size());
    }

    @Test
    void aMemberEditorMayNotExemptItsOwnInitiative() {
        Initiative own = proposed();

        WorkflowException refused = assertThrows(WorkflowException.class,
                () -> exemptions.record(SEOUL_EDITOR, own, EXEMPTION, REGIMES));

        assertEquals("sanctions.exemption.secretariat-only", refused.rule());
    }

    @Test
    void anExemptionNamesOneOfTheNetworksRegimes() {
        SanctionsExemption elsewhere = new SanctionsExemption("somewhere-else", "X/1", "Someone",
                LocalDate.parse("2021-03-01"), null);

        WorkflowException refused = assertThrows(WorkflowException.class, () -> exemptions.record(SECRETARIAT,
                proposed(), elsewhere, REGIMES));

        assertEquals("sanctions.exemption.unknown-regime", refused.rule());
    }
}
