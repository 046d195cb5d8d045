package org.neascn.server.database;

import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Online backups of the whole database (every network), for the secretariat. */
@Path("backups")
@Tag(name = "Operations", description = "Running the server: online backups of the embedded database (secretariat only)")
public class BackupResource {

    @Inject
    Backups backups;

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Backs up the embedded database now, while the server serves, into the server's backup directory "
            + "(NEASCN_BACKUP_DIR); the secretariat only. Restore by unzipping the file into an empty data directory")
    @APIResponse(responseCode = "200", description = "The backup taken: its file name in the backup directory, size and time")
    @APIResponse(responseCode = "401", description = "Not signed in (problem+json)")
    @APIResponse(responseCode = "403", description = "Not the secretariat (problem+json)")
    @APIResponse(responseCode = "501", description = "The database is PostgreSQL: back it up with pg_dump (problem+json)")
    public Backup take() {
        return backups.take();
    }
}
