package org.neascn.framework.workflow.history;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.neascn.framework.workflow.Plans.BUSAN_EDITOR;
import static org.neascn.framework.workflow.Plans.CLOCK;
import static org.neascn.framework.workflow.Plans.SECRETARIAT;
import static org.neascn.framework.workflow.Plans.SEOUL_EDITOR;
import static org.neascn.framework.workflow.Plans.seoul;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.neascn.framework.workflow.Actor;
import org.neascn.framework.workflow.scap.ScapWorkflow;
import org.neascn.model.scap.ScapStatus;

class AuditVisibilityTest {

    private final ScapWorkflow workflow = new ScapWorkflow(CLOCK);
    private final AuditEntry edit = workflow.edit(SEOUL_EDITOR, seoul(ScapStatus.DRAFT), seoul(ScapStatus.DRAFT))
            .audit().get(0);
    private final AuditEntry publication = workflow.publish(SECRETARIAT, seoul(ScapStatus.SUBMITTED), Optional.empty())
            .audit().get(0);

    @Test
    void aDraftsEditIsReadByItsMemberAndTheSecretariatOnly() {
        assertTrue(AuditVisibility.mayRead(SEOUL_EDITOR, edit));
        assertTrue(AuditVisibility.mayRead(SECRETARIAT, edit));
        assertFalse(AuditVisibility.mayRead(BUSAN_EDITOR, edit));
        assertFalse(AuditVisibility.mayRead(Actor.anonymous(), edit));
    }

    @Test
    void aPublicationIsReadByEveryone() {
        assertTrue(AuditVisibility.mayRead(Actor.anonymous(), publication));
        assertTrue(AuditVisibility.mayRead(BUSAN_EDITOR, publication));
    }
}
