package org.neascn.server.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * Sends a record's version as its {@code ETag}, and answers a read whose {@code If-None-Match}
 * names the current version with 304, without the body.
 */
@Provider
public class EntityTagFilter implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(response.getEntity() instanceof RecordView)) {
            return;
        }
        String tag = Versions.entityTag(((RecordView<?>) response.getEntity()).version());
        response.getHeaders().putSingle("ETag", tag);
        response.getHeaders().add("Vary", "Accept-Language");
        String ifNoneMatch = request.getHeaderString("If-None-Match");
        if ("GET".equals(request.getMethod()) && response.getStatus() == 200 && ifNoneMatch != null
                && (ifNoneMatch.strip().equals(tag) || ifNoneMatch.strip().equals("W/" + tag))) {
            response.setStatus(304);
            response.setEntity(null);
        }
    }
}
