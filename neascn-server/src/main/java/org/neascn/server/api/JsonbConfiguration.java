package org.neascn.server.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import org.neascn.model.reference.NeascnJson;

/**
 * Makes the REST layer read and write JSON exactly as the library does: unknown properties
 * are rejected, so a misspelt field is an error rather than silently lost data.
 */
@Provider
@Produces(MediaType.APPLICATION_JSON)
public class JsonbConfiguration implements ContextResolver<Jsonb> {

    private final Jsonb jsonb = JsonbBuilder.create(NeascnJson.config());

    @Override
    public Jsonb getContext(Class<?> type) {
        return jsonb;
    }
}
