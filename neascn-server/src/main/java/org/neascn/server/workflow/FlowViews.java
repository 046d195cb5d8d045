package org.neascn.server.workflow;

import org.neascn.server.api.DisplayLanguage;
import org.neascn.server.api.RecordView;
import org.neascn.server.api.Versions;
import org.neascn.server.register.Register;
import org.neascn.server.register.Stored;

/** The API's views of what a workflow operation stored, as the register endpoints show records. */
public final class FlowViews {

    private FlowViews() {
    }

    public static <T> RecordView<T> of(Register<T, ?> register, Stored<T> stored, String acceptLanguage) {
        T record = stored.record();
        var preferences = DisplayLanguage.preferences(acceptLanguage);
        var name = register.name().apply(record);
        return new RecordView<>(register.id().apply(record), DisplayLanguage.pick(name, preferences),
                DisplayLanguage.languageOf(name, preferences), stored.version(), record);
    }

    /** The version an optional If-Match names; a workflow operation without one acts on the current version. */
    public static Long ifMatch(String header) {
        return header == null || header.isBlank() ? null : Versions.fromIfMatch(header);
    }
}
