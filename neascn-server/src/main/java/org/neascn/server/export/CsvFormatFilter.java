package org.neascn.server.export;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

/**
 * {@code ?format=csv} asks for CSV as {@code Accept: text/csv} does, for links and browsers
 * that cannot set a header.
 */
@Provider
@PreMatching
public class CsvFormatFilter implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        if ("csv".equalsIgnoreCase(request.getUriInfo().getQueryParameters().getFirst("format"))) {
            request.getHeaders().putSingle(HttpHeaders.ACCEPT, "text/csv");
        }
    }
}
