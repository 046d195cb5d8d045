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
import org.neascn.server.register.RegisterReader;
import org.neascn.server.register.Registers;

/**
 * The network's members and projects as GeoJSON for GIS tools. The records are those the
 * caller may read, as in every list: a draft's project stays with its member and the
 * secretariat. They are read before the first byte is written, so a failure is a problem
 * response, not a cut-off file.
 */
@ApplicationScoped
@Transactional
public class MapExports {

    @Inject
    RegisterReader reader;

    public Consumer<OutputStream> geoJson(String network) {
        List<Member> members = reader.visible(Registers.MEMBERS, network);
        List<Project> projects = reader.visible(Registers.PROJECTS, network);
        return out -> GeoJsonExport.write(members, projects, out);
    }
}
