package org.neascn.model.meeting;

import jakarta.validation.constraints.NotNull;
import java.net.URI;
import org.neascn.model.shared.LocalizedText;
import org.neascn.model.shared.Require;

/** Material from a meeting: a recording, slides, a report. The link may be null until published. */
public record Resource(@NotNull(message = "is required") Kind kind, @NotNull(message = "is required") LocalizedText title, URI link) {

    public enum Kind { RECORDING, SLIDES, REPORT, OTHER }

    public Resource {
        Require.present(kind, "kind");
        Require.present(title, "title");
    }
}
