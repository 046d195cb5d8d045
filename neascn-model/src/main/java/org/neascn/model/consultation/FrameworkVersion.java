package org.neascn.model.consultation;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.neascn.model.network.NetworkId;
import org.neascn.model.shared.LocalizedText;
import org.neascn.model.shared.Require;

/**
 * One version of a network's framework document (the NEASCN Framework that the task force
 * drafts). Invariants: numbered from 1; section keys unique; an adopted version has its
 * adoption date.
 *
 * @param adopted the day it was adopted, or null before
 */
public record FrameworkVersion(
        @NotNull(message = "is required") FrameworkVersionId id,
        @NotNull(message = "is required") NetworkId network,
        int number,
        @NotNull(message = "is required") LocalizedText title,
        List<Section> sections,
        @NotNull(message = "is required") FrameworkStatus status,
        LocalDate adopted) {

    public FrameworkVersion {
        Require.present(id, "id");
        Require.present(network, "network");
        Require.that(number >= 1, "number", "counts from 1 (was " + number + ")");
        Require.present(title, "title");
        sections = Require.list(sections, "sections");
        Require.that(sections.stream().map(Section::key).distinct().count() == sections.size(), "sections",
                "keys must be unique");
        Require.present(status, "status");
        Require.that((status == FrameworkStatus.ADOPTED) == (adopted != null), "adopted",
                "is given exactly when the version is adopted");
    }

    public Optional<Section> section(String key) {
        return sections.stream().filter(s -> s.key().equals(key)).findFirst();
    }
}
