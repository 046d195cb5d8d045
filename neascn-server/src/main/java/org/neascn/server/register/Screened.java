package org.neascn.server.register;

import java.util.List;

/** The records an analysis may use, and those it leaves out with their reasons. */
public record Screened<T>(List<T> records, List<Omitted> omitted) {

    public Screened {
        records = List.copyOf(records);
        omitted = List.copyOf(omitted);
    }
}
