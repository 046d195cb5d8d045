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
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.neascn.framework.interchange.BoundedInputStream;
import org.neascn.framework.interchange.ImportRejectedException;
import org.neascn.framework.interchange.bundle.ImportPolicy;
import org.neascn.framework.interchange.geojson.GeoJsonExport;
import org.neascn.framework.interchange.spreadsheet.ScapSpreadsheet;
import org.neascn.server.register.InvalidQueryException;

/** Exports for financiers (IATI, OC4IDS) and GIS tools (GeoJSON), the SCAP spreadsheet template, and the whole-network bundle. */
@Path("networks")
@Tag(name = "Interchange", description = "IATI 2.03 and OC4IDS 0.9 exports, validated against the official schemas and "
        + "streamed; the SCAP spreadsheet template (XLSX or CSV) and its all-or-nothing import; the whole-network JSON "
        + "bundle (secretariat only). Uploads are limited to 20 MB.")
public class InterchangeResource {

    private static final Logger LOG = Logger.getLogger(InterchangeResource.class.getName());

    private static final String XLSX = ScapSpreadsheet.XLSX_MEDIA_TYPE;
    private static final String CSV = "text/csv";

    @Inject
    InterchangeService service;

    @Inject
    MapExports maps;

    @Context
    UriInfo uri;

    @GET
    @Path("{network}/exports/iati")
    @Produces(MediaType.APPLICATION_XML)
    @Operation(summary = "The network's projects and initiatives as an IATI 2.03 activity file, streamed, each activity "
            + "validated against the official schema")
    @APIResponse(responseCode = "200", description = "An iati-activities document; NEASCN-Omitted-Projects names projects "
            + "left out: without a plan the caller may read (IATI dates a project by its plan), or naming records that are gone")
    @APIResponse(responseCode = "404", description = "No such network (problem+json)")
    @APIResponse(responseCode = "422", description = "Nothing to export (problem+json)")
    public Response iati(@PathParam("network") String network) {
        return export(service.iati(network), MediaType.APPLICATION_XML);
    }

    @GET
    @Path("{network}/exports/oc4ids")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The network's projects as an OC4IDS 0.9 project package, streamed, each project validated "
            + "against the official JSON Schema")
    @APIResponse(responseCode = "200", description = "An OC4IDS project package; NEASCN-Omitted-Projects names projects left "
            + "out because they name records that are gone")
    @APIResponse(responseCode = "404", description = "No such network (problem+json)")
    @APIResponse(responseCode = "422", description = "Nothing to export (problem+json)")
    public Response oc4ids(@PathParam("network") String network) {
        return export(service.oc4ids(network), MediaType.APPLICATION_JSON);
    }

    @GET
    @Path("{network}/exports/geojson")
    @Produces({GeoJsonExport.MEDIA_TYPE, MediaType.APPLICATION_JSON + ";qs=0.9"})
    @Operation(summary = "The network's members and projects that have coordinates, as a GeoJSON (RFC 7946) "
            + "FeatureCollection of points for GIS tools; the records the caller may read, as in the lists")
    @APIResponse(responseCode = "200", description = "A FeatureCollection; properties kind, id, name, language and the codes")
    @APIResponse(responseCode = "404", description = "No such network (problem+json)")
    public Response geoJson(@PathParam("network") String network) {
        // GeoJSON is JSON: a client asking for application/json gets the same document, typed as it asked.
        return stream(maps.geoJson(network), GeoJsonExport.MEDIA_TYPE, network + ".geojson");
    }

    @GET
    @Path("{network}/plan-template.xlsx")
    @Produces(XLSX)
    @Operation(summary = "The blank SCAP template (XLSX) a city officer fills in for a new plan")
    @APIResponse(responseCode = "200", description = "The workbook")
    @APIResponse(responseCode = "404", description = "No such network (problem+json)")
    public Response blankTemplate(@PathParam("network") String network) {
        return stream(service.blankTemplate(network), XLSX, "scap-template.xlsx");
    }

    @GET
    @Path("{network}/bundle")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Everything the network holds as one versioned JSON bundle (secretariat only)")
    @APIResponse(responseCode = "200", description = "The bundle")
    @APIResponse(responseCode = "401", description = "Not signed in (problem+json)")
    @APIResponse(responseCode = "403", description = "Not the secretariat (problem+json)")
    public Response exportBundle(@PathParam("network") String network) {
        return stream(service.exportBundle(network), MediaType.APPLICATION_JSON, network + "-bundle.json");
    }

    @POST
    @Path("{network}/bundle")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Imports a network bundle in one transaction (secretariat only): policy=reject refuses a non-empty "
            + "network, policy=merge-by-id adds and replaces records by identifier")
    @APIResponse(responseCode = "200", description = "Records added and replaced")
    @APIResponse(responseCode = "400", description = "Unreadable bundle or unknown policy (problem+json)")
    @APIResponse(responseCode = "401", description = "Not signed in (problem+json)")
    @APIResponse(responseCode = "403", description = "Not the secretariat (problem+json)")
    @APIResponse(responseCode = "409", description = "The network holds records and the policy is reject (problem+json)")
    @APIResponse(responseCode = "413", description = "Above 20 MB (problem+json)")
    @APIResponse(responseCode = "422", description = "A record of the bundle breaks a rule (problem+json)")
    public BundleImportView importBundle(@PathParam("network") String network,
            @Parameter(description = "reject (default) or merge-by-id") @QueryParam("policy") String policy,
            @HeaderParam("Content-Length") String length, InputStream body) {
        refuseDeclaredOversize(length);
        return service.importBundle(network, received(body), policy(policy));
    }

    private static ImportPolicy policy(String value) {
        if (value == null || value.isBlank() || value.strip().equals("reject")) {
            return ImportPolicy.REJECT;
        }
        if (value.strip().equals("merge-by-id")) {
            return ImportPolicy.MERGE_BY_ID;
        }
        throw new InvalidQueryException("policy", "'" + value + "' is not a policy; use reject or merge-by-id");
    }

    /** A body declared larger than the limit is refused before a byte of it is read. */
    /**
     * The whole upload, read here, before the service's transaction opens: a client that sends
     * slowly then holds a request thread, never a database connection (twenty slow uploads held
     * all twenty and every read waited). At most the import limit is held in memory per upload.
     */
    static InputStream received(InputStream body) {
        // Not closed here: the request's stream is the container's, and closing a broken one
        // throws the read's own exception again.
        try {
            return new ByteArrayInputStream(new BoundedInputStream(body, InterchangeService.LIMITS).readAllBytes());
        } catch (IOException e) {
            throw ImportRejectedException.ofFile(ImportRejectedException.Reason.UNREADABLE,
                    "the file could not be received completely; send it again");
        }
    }

    static void refuseDeclaredOversize(String length) {
        if (length != null && length.matches("[0-9]{1,18}") && Long.parseLong(length) > InterchangeService.LIMITS.maxBytes()) {
            throw ImportRejectedException.ofFile(ImportRejectedException.Reason.TOO_LARGE,
                    "the file is larger than " + InterchangeService.LIMITS.describeMaxBytes());
        }
    }

    /** Streams an export; projects left out of it are named in NEASCN-Omitted-Projects. */
    private static Response export(InterchangeService.Export export, String type) {
        Response response = stream(export.writer(), type, null);
        return export.omitted().isEmpty() ? response : Response.fromResponse(response)
                .header("NEASCN-Omitted-Projects", String.join(",", export.omitted())).build();
    }

    static Response stream(Consumer<OutputStream> writer, String type, String fileName) {
        StreamingOutput body = out -> {
            try {
                writer.accept(out);
            } catch (RuntimeException e) {
                // The status line is sent: the client sees a cut-off body; the log says why.
                LOG.log(Level.SEVERE, "An export stopped part way: " + e.getMessage(), e);
                throw e;
            }
        };
        Response.ResponseBuilder response = Response.ok(body, type);
        if (fileName != null) {
            response.header("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        }
        return response.build();
    }
}
