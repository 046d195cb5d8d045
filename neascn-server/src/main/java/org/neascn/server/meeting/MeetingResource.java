package org.neascn.server.meeting;

import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.neascn.model.meeting.Meeting;
import org.neascn.server.api.RegisterResource;
import org.neascn.server.register.Register;
import org.neascn.server.register.Registers;

/** Meetings of the network with their agenda, takeaways and action items. Filter: type; sort: id, name, start, type. */
@Path("networks/{network}/meetings")
@Tag(name = "Meetings", description = "Meetings of the network with their agenda, takeaways and action items. Filter: type; sort: id, name, start, type.")
public class MeetingResource extends RegisterResource<Meeting> {

    @Override
    protected Register<Meeting, ?> register() {
        return Registers.MEETINGS;
    }
}
