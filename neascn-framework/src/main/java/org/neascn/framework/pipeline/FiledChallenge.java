package org.neascn.framework.pipeline;

import org.neascn.model.project.Challenge;
import org.neascn.model.project.ProjectId;
import org.neascn.model.project.Stage;
import org.neascn.model.shared.CountryCode;
import org.neascn.model.shared.Require;

/**
 * A project's challenge as the report counts it: under which category, and how it got there.
 *
 * @param category the category code, or null when the challenge could not be filed
 */
public record FiledChallenge(ProjectId project, CountryCode country, Stage stage, Challenge challenge,
        String category, How how) {

    /** How a challenge came to its category. */
    public enum How {
        /** A person filed it under a category of the taxonomy. */
        FILED,
        /** It had no category (or one the taxonomy lacks) and its text matched the category's keywords. */
        CLASSIFIED_BY_KEYWORDS,
        /** No category and no keyword matched. */
        UNCLASSIFIED
    }

    public FiledChallenge {
        Require.present(project, "project");
        Require.present(country, "country");
        Require.present(stage, "stage");
        Require.present(challenge, "challenge");
        Require.present(how, "how");
        Require.that((category == null) == (how == How.UNCLASSIFIED), "category",
                "is required unless the challenge is unclassified");
    }
}
