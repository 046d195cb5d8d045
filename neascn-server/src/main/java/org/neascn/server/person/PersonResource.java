package org.neascn.server.person;

import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.neascn.model.person.Person;
import org.neascn.server.api.RegisterResource;
import org.neascn.server.register.Register;
import org.neascn.server.register.Registers;

/** People of the network's organisations; e-mail addresses are never shown to anonymous readers. Filter: organisation (member:id or partner:id); sort: id, name, organisation. */
@Path("networks/{network}/persons")
@Tag(name = "Persons", description = "People of the network's organisations; e-mail addresses are never shown to anonymous readers. Filter: organisation (member:id or partner:id); sort: id, name, organisation.")
public class PersonResource extends RegisterResource<Person> {

    @Override
    protected Register<Person, ?> register() {
        return Registers.PERSONS;
    }
}
