package org.neascn.framework.readiness;

import java.util.List;
import org.neascn.model.project.Stage;
import org.neascn.model.shared.Require;

/** What a project lacks to reach one rung of the ladder on its way to bankable. */
public record RungGaps(Stage stage, List<Gap> gaps) {

    public RungGaps {
        Require.present(stage, "stage");
        gaps = Require.list(gaps, "gaps");
        Require.that(!gaps.isEmpty(), "gaps", "a rung on the way to bankable lists at least one gap");
    }
}
