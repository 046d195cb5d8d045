package org.neascn.server.overlap;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * Adds {@value AnalysisFreshness#HEADER} to a response read from an analysis that lacked commits
 * heard before it; bound to the operations that read the analysis ({@link AnalysisRead}), so no
 * other request pays for the request-scoped record it reads.
 */
@Provider
@AnalysisRead
public class AnalysisFreshnessFilter implements ContainerResponseFilter {

    @Inject
    AnalysisFreshness freshness;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        long lacking = freshness.lacking();
        if (lacking > 0) {
            response.getHeaders().putSingle(AnalysisFreshness.HEADER, Long.toString(lacking));
        }
    }
}
