package org.neascn.server.interchange;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.function.Consumer;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.neascn.framework.interchange.ImportRejectedException;
import org.neascn.framework.interchange.bundle.ImportPolicy;
import org.neascn.framework.interchange.spreadsheet.ScapSpreadsheet;
import org.neascn.server.register.InvalidQueryException;

/**
 * A plan as the SCAP spreadsheet template, and the import of a filled-in one. It shares the
 * plans' path with the register's resource (Jakarta REST matches a request among the methods
 * of every root resource of the same path).
 */
@Path("networks/{network}/plans")
@Tag(name = "Interchange")
public class PlanTemplateResource {

    private static final String XLSX = ScapSpreadsheet.XLSX_MEDIA_TYPE;
    private static final String CSV = "text/csv";

    @Inject
    InterchangeService service;

    @Context
    UriInfo uri;

    @GET
    @Path("{id}/template.xlsx")
    @Produces(XLSX)
    @Operation(summary = "A plan and its projects as the SCAP spreadsheet template (XLSX)")
    @APIResponse(responseCode = "200", description = "The workbook")
    @APIResponse(responseCode = "404", description = "No such plan visible to the caller (problem+json)")
    public Response xlsxTemplate(@PathParam("network") String network,
            @Parameter(in = ParameterIn.PATH, name = "id", required = true, description = "The plan") @PathParam("id") String id) {
        return stream(service.template(network, id, false), XLSX, id + ".xlsx");
    }

    @GET
    @Path("{id}/template.csv")
    @Produces(CSV)
    @Operation(summary = "A plan and its projects as the SCAP template in one CSV file")
    @APIResponse(responseCode = "200", description = "The CSV file (UTF-8)")
    @APIResponse(responseCode = "404", description = "No such plan visible to the caller (problem+json)")
    public Response csvTemplate(@PathParam("network") String network,
            @Parameter(in = ParameterIn.PATH, name = "id", required = true, description = "The plan") @PathParam("id") String id) {
        return stream(service.template(network, id, true), ScapSpreadsheet.CSV_MEDIA_TYPE, id + ".csv");
    }

    @POST
    @Path("import")
    @Consumes({XLSX, CSV})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Creates a plan and its projects from a filled-in template (XLSX or CSV by Content-Type), all or nothing")
    @APIResponse(responseCode = "201", description = "Created; Location names the plan")
    @APIResponse(responseCode = "400", description = "Not a readable XLSX or UTF-8 CSV file (problem+json)")
    @APIResponse(responseCode = "401", description = "Not signed in (problem+json)")
    @APIResponse(responseCode = "403", description = "Not the member's editor or the secretariat (problem+json)")
    @APIResponse(responseCode = "409", description = "A plan or project with one of the identifiers exists (problem+json)")
    @APIResponse(responseCode = "413", description = "Above 20 MB, or unpacking or rows beyond the limits (problem+json)")
    @APIResponse(responseCode = "415", description = "Neither XLSX nor CSV (problem+json)")
    @APIResponse(responseCode = "422", description = "Problems in the file, each with sheet, row, column and message (problem+json)")
    public Response importPlan(@PathParam("network") String network,
            @HeaderParam("Content-Type") String contentType, @HeaderParam("Content-Length") String length, InputStream body) {
        refuseDeclaredOversize(length);
        boolean csv = contentType != null && contentType.toLowerCase(java.util.Locale.ROOT).startsWith(CSV);
        ImportedPlanView created = service.importPlan(network, InterchangeResource.received(body), csv);
        return Response.created(uri.getBaseUriBuilder().path("networks").path(network).path("plans").path(created.plan()).build())
                .type(MediaType.APPLICATION_JSON).entity(created).build();
    }

    private static Response stream(java.util.function.Consumer<OutputStream> writer, String type, String fileName) {
        return InterchangeResource.stream(writer, type, fileName);
    }

    private static void refuseDeclaredOversize(String length) {
        InterchangeResource.refuseDeclaredOversize(length);
    }
}
