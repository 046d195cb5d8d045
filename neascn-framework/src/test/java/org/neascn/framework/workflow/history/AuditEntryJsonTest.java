package org.neascn.framework.workflow.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.neascn.framework.workflow.Plans.SEOUL_EDITOR;

import jakarta.json.bind.Jsonb;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.neascn.framework.workflow.Plans;
import org.neascn.framework.workflow.scap.ScapWorkflow;
import org.neascn.model.reference.NeascnJson;
import org.neascn.model.scap.Scap;
import org.neascn.model.scap.ScapStatus;

/** The trail is stored and served as JSON, so an entry must survive the domain's JSON-B mapping. */
class AuditEntryJsonTest {

    private static final Jsonb JSON = NeascnJson.create();

    @Test
    void entryWithADiffSurvivesAJsonRoundTrip() {
        Scap draft = Plans.seoul(ScapStatus.DRAFT);
        Scap revised = Plans.plan(Plans.SEOUL, 1, ScapStatus.DRAFT, List.of(Plans.cleanAir(Plans.pm25())));
        AuditEntry entry = new ScapWorkflow(Plans.CLOCK).edit(SEOUL_EDITOR, draft, revised).audit().get(0);

        AuditEntry read = JSON.fromJson(JSON.toJson(entry), AuditEntry.class);

        assertEquals(entry, read);
    }

    @Test
    void stateMoveSurvivesAJsonRoundTrip() {
        AuditEntry entry = new ScapWorkflow(Plans.CLOCK).publish(Plans.SECRETARIAT, Plans.seoul(ScapStatus.SUBMITTED),
                Optional.empty()).audit().get(0);

        assertEquals(entry, JSON.fromJson(JSON.toJson(entry), AuditEntry.class));
    }
}
