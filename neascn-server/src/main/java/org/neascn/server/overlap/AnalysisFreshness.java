package org.neascn.server.overlap;

import jakarta.enterprise.context.RequestScoped;

/**
 * What a request read of the live analysis lacked: the commits heard before the read that the
 * applier had not applied when the read stopped waiting for them. A response built from such a
 * read says so in {@value #HEADER} ({@link AnalysisFreshnessFilter}), so a client that does
 * not find its write there knows why and when to ask again.
 */
@RequestScoped
public class AnalysisFreshness {

    /** The response header: how many commits heard before the read the analysis did not yet hold. */
    public static final String HEADER = "Analysis-Lacking-Commits";

    private long lacking;

    void lacking(long commits) {
        lacking = Math.max(lacking, commits);
    }

    long lacking() {
        return lacking;
    }
}
