package org.neascn.server.api.openapi;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.neascn.server.register.Filter;
import org.neascn.server.register.Register;
import org.neascn.server.register.Registers;

/**
 * The parameters many operations share, described once here instead of in every resource's
 * signature, and each register's list filters declared as the query parameters they are (the
 * resource reads them from the query string as a whole, so the scanner cannot see them).
 */
final class Parameters {

    private static final Map<String, String> DESCRIPTIONS = Map.ofEntries(
            Map.entry("network", "The network's identifier, such as neascn"),
            Map.entry("id", "The record's identifier"),
            Map.entry("q", "Words to find in any text of the record, in any language"),
            Map.entry("sort", "Sort key (id, name, or one of the register's), '-' prefix for descending"),
            Map.entry("offset", "Records to skip (default 0)"),
            Map.entry("limit", "Page size, 1 to 200 (default 20)"),
            Map.entry("If-Match", "The ETag of the version this change is based on"),
            Map.entry("Accept-Language", "The languages the caller reads, as BCP 47 ranges; display texts are picked "
                    + "from them, else the original (displayLanguage says which)"));

    private static final List<Register<?, ?>> REGISTERS = List.of(Registers.MEMBERS, Registers.PARTNERS,
            Registers.FINANCIERS, Registers.PERSONS, Registers.PLANS, Registers.PROJECTS, Registers.INITIATIVES,
            Registers.MEETINGS, Registers.FRAMEWORK_VERSIONS);

    private Parameters() {
    }

    /** Gives a shared parameter its description where the resource gave none. */
    static void describe(Operation operation) {
        if (operation.getParameters() == null) {
            return;
        }
        for (Parameter p : operation.getParameters()) {
            if (p.getDescription() == null && DESCRIPTIONS.containsKey(p.getName())) {
                p.setDescription(DESCRIPTIONS.get(p.getName()));
            }
        }
    }

    /** Declares the filters of the register listed at {@code path}, when it lists one. */
    static void declareFilters(String path, Operation operation, Components components) {
        for (Register<?, ?> register : REGISTERS) {
            if (path.endsWith("/{network}/" + register.collection())) {
                Schema record = components.getSchemas().get(register.type().getSimpleName());
                for (Filter filter : register.filters()) {
                    boolean declared = operation.getParameters() != null && operation.getParameters().stream()
                            .anyMatch(p -> p.getName().equals(filter.parameter()));
                    if (!declared) {
                        operation.addParameter(OASFactory.createParameter().name(filter.parameter()).in(Parameter.In.QUERY)
                                .description(filter.match() == Filter.Match.TOKEN
                                        ? "Only records whose " + filter.attribute() + " include this value"
                                        : "Only records whose " + filter.attribute() + " is this value")
                                .schema(valueSchema(record, filter.attribute())));
                    }
                }
            }
        }
    }

    /** The schema of the record's property the filter constrains (one item of a list), else a string. */
    private static Schema valueSchema(Schema record, String attribute) {
        Schema property = record == null || record.getProperties() == null ? null : record.getProperties().get(attribute);
        if (property != null && property.getItems() != null) {
            property = property.getItems();
        }
        if (property != null && property.getRef() != null) {
            return OASFactory.createSchema().ref(property.getRef());
        }
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING));
    }
}
