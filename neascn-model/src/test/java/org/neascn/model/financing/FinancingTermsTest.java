package org.neascn.model.financing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.neascn.model.project.Stage;
import org.neascn.model.shared.InvalidValueException;
import org.neascn.model.shared.Money;

class FinancingTermsTest {

    @Test
    void ticketMinimumIsNotAboveItsMaximum() {
        assertEquals("max", assertThrows(InvalidValueException.class,
                () -> new TicketSize(Money.of("10", "USD"), Money.of("5", "USD"))).field());
    }

    @Test
    void ticketEndsShareOneCurrency() {
        assertEquals("max.currency", assertThrows(InvalidValueException.class,
                () -> new TicketSize(Money.of("10", "USD"), Money.of("5000", "EUR"))).field());
    }

    @Test
    void aStageWindowRunsUpTheLadder() {
        assertEquals("to", assertThrows(InvalidValueException.class,
                () -> new StageWindow(Stage.FEASIBILITY, Stage.SCOPING)).field());
    }
}
