package org.neascn.server.api;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.neascn.server.register.InvalidQueryException;
import org.neascn.server.register.ListQuery;
import org.neascn.server.register.Page;
import org.neascn.server.register.Register;
import org.neascn.server.register.RegisterService;
import org.neascn.server.register.Stored;
import org.neascn.server.workflow.RecordedWrites;

/**
 * The REST face of one register: list (filtered, sorted, paginated), read, create, change
 * and remove. Each operation is one call of the {@link RegisterService}; a subclass names the
 * register and its path.
 */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public abstract class RegisterResource<T> {

    private static final Set<String> PAGING = Set.of("q", "sort", "offset", "limit", "format");

    @Inject
    RegisterService service;

    @Inject
    RecordedWrites writes;

    @Context
    UriInfo uri;

    @Context
    HttpServletRequest servletRequest;

    @HeaderParam("Accept-Language")
    String acceptLanguage;

    protected abstract Register<T, ?> register();

    @GET
    @Operation(summary = "List the register, filtered, sorted and paginated",
            description = "Every other query parameter is a filter of this register (see the tag's description); "
                    + "an unknown filter or value is a 400 problem naming the parameter.")
    @APIResponse(responseCode = "200", description = "One page of records, with the total that match")
    @APIResponse(responseCode = "400", description = "An unknown filter, sort key or bad window (problem+json)")
    @APIResponse(responseCode = "404", description = "No such network (problem+json)")
    public PageView<T> list(@PathParam("network") String network,
            @QueryParam("q") String q,
            @QueryParam("sort") String sort,
            @QueryParam("offset") String offset,
            @QueryParam("limit") String limit) {
        ListQuery query = new ListQuery(filters(), q, sort, number("offset", offset, 0), number("limit", limit, ListQuery.DEFAULT_LIMIT));
        Page<T> page = service.list(register(), network, query);
        String language = acceptLanguage == null ? "" : acceptLanguage;
        PageView<T> view = page.memo().value(language, () -> Views.page(register(), page, acceptLanguage));
        KeptRendering.offer(servletRequest, page.memo(), view, language);
        return view;
    }

    @GET
    @Produces("text/csv;qs=0.5")
    @Operation(summary = "The whole filtered list as CSV, streamed",
            description = "Ask with Accept: text/csv or ?format=csv; the same filters, q and sort as the JSON list, "
                    + "every matching record (no paging), one column per field.")
    @APIResponse(responseCode = "200", description = "text/csv, a header row then one row per record")
    @APIResponse(responseCode = "400", description = "An unknown filter or sort key (problem+json)")
    public Response listCsv(@PathParam("network") String network,
            @QueryParam("q") String q, @QueryParam("sort") String sort) {
        Map<String, String> filters = filters();
        ListQuery first = new ListQuery(filters, q, sort, 0, ListQuery.MAX_LIMIT);
        var output = org.neascn.server.export.CsvExport.stream(register(), service.list(register(), network, first),
                offset -> service.list(register(), network, new ListQuery(filters, q, sort, offset, ListQuery.MAX_LIMIT)),
                acceptLanguage);
        return Response.ok(output, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + register().collection() + ".csv\"").build();
    }

    private Map<String, String> filters() {
        Map<String, String> filters = new HashMap<>();
        uri.getQueryParameters().forEach((name, values) -> {
            if (!PAGING.contains(name)) {
                filters.put(name, values.get(0));
            }
        });
        return filters;
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read one record; its version is the ETag")
    @APIResponse(responseCode = "200", description = "The record")
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag in If-None-Match")
    @APIResponse(responseCode = "404", description = "No such record, or not visible to this caller (problem+json)")
    public RecordView<T> get(@PathParam("network") String network, @PathParam("id") String id) {
        return Views.of(register(), service.get(register(), network, id), acceptLanguage);
    }

    @POST
    @Operation(summary = "Add a record to the register")
    @APIResponse(responseCode = "201", description = "Created; Location names it, ETag holds its version")
    @APIResponse(responseCode = "400", description = "Malformed JSON, wrong type or unknown field (problem+json)")
    @APIResponse(responseCode = "401", description = "Not signed in (problem+json)")
    @APIResponse(responseCode = "403", description = "Not allowed for this caller and record (problem+json)")
    @APIResponse(responseCode = "409", description = "A record with this id exists (problem+json)")
    @APIResponse(responseCode = "413", description = "Body above 1 MiB (problem+json)")
    @APIResponse(responseCode = "422", description = "A value breaks a rule of the domain; errors name the fields (problem+json)")
    public Response create(@PathParam("network") String network, T record) {
        Stored<T> created = store(network, record);
        RecordView<T> view = Views.of(register(), created, acceptLanguage);
        return Response.created(uri.getAbsolutePathBuilder().path(view.id()).build()).entity(view).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Replace a record; If-Match must hold the version it was based on")
    @APIResponse(responseCode = "200", description = "Changed; the new ETag holds the new version")
    @APIResponse(responseCode = "400", description = "Malformed JSON, wrong type or unknown field (problem+json)")
    @APIResponse(responseCode = "401", description = "Not signed in (problem+json)")
    @APIResponse(responseCode = "403", description = "Not allowed for this caller and record (problem+json)")
    @APIResponse(responseCode = "404", description = "No such record (problem+json)")
    @APIResponse(responseCode = "412", description = "Someone changed the record since the ETag was read (problem+json)")
    @APIResponse(responseCode = "422", description = "A value breaks a rule of the domain (problem+json)")
    @APIResponse(responseCode = "428", description = "If-Match is missing (problem+json)")
    public RecordView<T> update(@PathParam("network") String network, @PathParam("id") String id,
            @HeaderParam("If-Match") String ifMatch,
            T record) {
        return Views.of(register(), change(network, id, record, Versions.fromIfMatch(ifMatch)), acceptLanguage);
    }

    /** Stores a new record; a register whose records follow a workflow overrides this. */
    protected Stored<T> store(String network, T record) {
        return writes.create(register(), network, record);
    }

    /** Stores a changed record; a register whose records follow a workflow overrides this. */
    protected Stored<T> change(String network, String id, T record, long expectedVersion) {
        return writes.update(register(), network, id, record, expectedVersion);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Remove a record; If-Match must hold its current version")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "401", description = "Not signed in (problem+json)")
    @APIResponse(responseCode = "403", description = "Not allowed for this caller and record (problem+json)")
    @APIResponse(responseCode = "404", description = "No such record (problem+json)")
    @APIResponse(responseCode = "412", description = "Someone changed the record since the ETag was read (problem+json)")
    @APIResponse(responseCode = "428", description = "If-Match is missing (problem+json)")
    public void delete(@PathParam("network") String network, @PathParam("id") String id,
            @HeaderParam("If-Match") String ifMatch) {
        writes.delete(register(), network, id, Versions.fromIfMatch(ifMatch));
    }

    private static int number(String parameter, String value, int absent) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        if (!value.strip().matches("[0-9]{1,9}")) {
            throw new InvalidQueryException(parameter, "'" + value + "' is not a whole number");
        }
        return Integer.parseInt(value.strip());
    }
}
