package org.neascn.model.consultation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.neascn.model.Samples;
import org.neascn.model.shared.InvalidValueException;
import org.neascn.model.shared.LocalizedText;
import org.neascn.model.shared.OrganisationRef;

class ConsultationTest {

    @Test
    void aRoundCannotCloseWithOpenComments() {
        Feedback open = new Feedback(FeedbackId.of("c1"), "purpose", OrganisationRef.member("ulaanbaatar"),
                LocalizedText.of("mn", "Санал"), LocalDate.of(2021, 2, 1), null);
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> new ConsultationRound(
                ConsultationRoundId.of("r1"), FrameworkVersionId.of("v1"), LocalDate.of(2021, 1, 1),
                LocalDate.of(2021, 2, 28), true, List.of(open)));
        assertEquals("closed", e.field());
    }

    @Test
    void theDeadlineIsNotBeforeTheRoundOpens() {
        assertEquals("deadline", assertThrows(InvalidValueException.class, () -> new ConsultationRound(
                ConsultationRoundId.of("r1"), FrameworkVersionId.of("v1"), LocalDate.of(2021, 3, 1),
                LocalDate.of(2021, 2, 28), false, List.of())).field());
    }

    @Test
    void anAdoptedVersionCarriesItsAdoptionDate() {
        FrameworkVersion draft = Samples.frameworkDraft();
        assertEquals("adopted", assertThrows(InvalidValueException.class, () -> new FrameworkVersion(draft.id(),
                draft.network(), 1, draft.title(), draft.sections(), FrameworkStatus.ADOPTED, null)).field());
    }

    @Test
    void everyDispositionGivesItsReason() {
        assertEquals("reason", assertThrows(InvalidValueException.class,
                () -> new Disposition(Disposition.Decision.NOT_ACCEPTED, null)).field());
    }
}
