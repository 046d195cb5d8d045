package org.neascn.server.member;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.neascn.server.workflow.TimelineFlow;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.neascn.model.member.Member;
import org.neascn.server.api.RegisterResource;
import org.neascn.server.register.Register;
import org.neascn.server.register.Registers;

/** The network's member cities and local governments. Filters: country, status, level; sort: id, name, country, status. */
@Path("networks/{network}/members")
@Tag(name = "Members", description = "The network's member cities and local governments. Filters: country, status, level; sort: id, name, country, status.")
public class MemberResource extends RegisterResource<Member> {

    @Override
    protected Register<Member, ?> register() {
        return Registers.MEMBERS;
    }

    @Inject
    TimelineFlow timelines;

    @GET
    @Path("{id}/timeline")
    @Operation(summary = "The member's story from the audit trail: its plans, its initiatives, their meetings' action items")
    @APIResponse(responseCode = "200", description = "Done; the body shows the result")
    public TimelineFlow.TimelineView timeline(@PathParam("network") String network, @PathParam("id") String id) {
        return timelines.ofMember(network, id);
    }
}
