package org.neascn.server.interchange;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.OutputStream;
import java.util.List;
import java.util.function.Consumer;
import org.neascn.framework.interchange.geojson.GeoJsonExport;
import org.neascn.model.member.Member;
import org.neascn.model.project.Project;
import org.neascn.model.shared.InvalidValueException;
import org.neascn.server.register.InvalidQueryException;
import org.neascn.server.register.RecordNotFoundException;
import org.neascn.server.register.RegisterReader;
import org.neascn.server.register.Registers;
import org.neascn.server.security.AccessDeniedException;
import org.neascn.server.security.AuthenticationRequiredException;

/**
 * The network's members and projects as GeoJSON for GIS tools. The records are those the
 * caller may read, as in every list: a draft's project stays with its member and the
 * secretariat. They are read before the first byte is written, so a failure is a problem
 * response, not a cut-off file.
 */
@ApplicationScoped
// Reads only: a client error (404, 400, 401, 403) leaving it needs no rollback, and so writes no FFDC incident file (RegisterService says why).
@Transactional(dontRollbackOn = {RecordNotFoundException.class, InvalidQueryException.class, InvalidValueException.class,
        AccessDeniedException.class, AuthenticationRequiredException.class})
public class MapExports {

    @Inject
    RegisterReader reader;

    public Consumer<OutputStream> geoJson(String network) {
        List<Member> members = reader.visible(Registers.MEMBERS, network);
        List<Project> projects = reader.visible(Registers.PROJECTS, network);
        return out -> GeoJsonExport.write(members, projects, out);
    }
}
