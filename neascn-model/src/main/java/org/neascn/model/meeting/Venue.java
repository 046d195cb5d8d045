package org.neascn.model.meeting;

import java.net.URI;
import org.neascn.model.shared.LocalizedText;
import org.neascn.model.shared.Require;

/**
 * Where a meeting takes place: an online platform (Zoom), a physical place, or both.
 *
 * @param platform the online platform, or null for an in-person meeting
 * @param place    the physical place, or null for an online meeting
 * @param link     may be null
 */
public record Venue(String platform, LocalizedText place, URI link) {

    public Venue {
        platform = Require.optionalText(platform);
        Require.that(platform != null || place != null, "venue", "name an online platform or a place");
    }
}
