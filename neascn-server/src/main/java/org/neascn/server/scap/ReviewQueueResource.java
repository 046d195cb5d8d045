package org.neascn.server.scap;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The secretariat's queue of indicator updates awaiting review, across the network. */
@Path("networks/{network}/review-queue")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Plans")
public class ReviewQueueResource {

    @Inject
    ReviewQueue queue;

    @GET
    @Operation(summary = "Measurements entered and awaiting review in every published plan, oldest first (the secretariat sees all, a member's editor its own, others none)")
    @APIResponse(responseCode = "200", description = "The entries, each addressed by plan, target, indicator and index as approve and return take them")
    public List<ReviewQueue.ReviewEntry> awaiting(@PathParam("network") String network) {
        return queue.awaiting(network);
    }
}
