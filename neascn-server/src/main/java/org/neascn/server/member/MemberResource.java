package org.neascn.server.member;

import jakarta.ws.rs.Path;
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
}
