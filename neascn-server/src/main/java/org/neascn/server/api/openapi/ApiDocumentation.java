package org.neascn.server.api.openapi;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.neascn.server.api.problem.Problem;

/**
 * Completes the generated OpenAPI document where annotations cannot reach: the value types as
 * plain strings, the security schemes, the {@code network} path parameter of the operations every
 * register inherits, and the problem+json body of every error response. Registered in
 * {@code META-INF/microprofile-config.properties}.
 */
public class ApiDocumentation implements OASFilter {

    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        ValueSchemas.TYPES.forEach(type -> {
            if (openAPI.getComponents().getSchemas().containsKey(type.schemaName())) {
                openAPI.getComponents().addSchema(type.schemaName(), type.schema());
            }
        });
        Security.declare(openAPI);
        openAPI.getComponents().addSchema("Problem", problemSchema());
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        SchemaFixes.apply(schemas);
        Examples examples = new Examples(schemas);
        Map<String, PathItem> paths = openAPI.getPaths().getPathItems();
        OperationIds ids = new OperationIds();
        paths.forEach((path, item) -> item.getOperations().forEach((method, operation) -> {
            if (operation.getOperationId() != null) {
                ids.named(operation.getOperationId(), path, method);
            }
        }));
        paths.forEach((path, item) -> item.getOperations().forEach((method, operation) -> {
            if (operation.getOperationId() == null) {
                operation.setOperationId(ids.name(path, method));
            }
            if (path.contains("{network}")) {
                declareNetwork(operation);
            }
            if (method == PathItem.HttpMethod.GET) {
                Parameters.declareFilters(path, operation, openAPI.getComponents());
            }
            Parameters.describe(operation);
            ProblemResponses.complete(path, operation);
            describeProblems(operation);
            if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
                operation.getRequestBody().getContent().getMediaTypes().values().forEach(examples::fill);
            }
            if (operation.getResponses() != null) {
                operation.getResponses().getAPIResponses().values().stream().filter(r -> r.getContent() != null)
                        .forEach(r -> r.getContent().getMediaTypes().forEach((type, media) -> {
                            if (type.contains("json")) {
                                examples.fill(media);
                            }
                        }));
            }
        }));
    }

    private static void declareNetwork(Operation operation) {
        List<Parameter> parameters = operation.getParameters();
        boolean declared = parameters != null && parameters.stream()
                .anyMatch(p -> "network".equals(p.getName()) && p.getIn() == Parameter.In.PATH);
        if (!declared) {
            operation.addParameter(OASFactory.createParameter().name("network").in(Parameter.In.PATH).required(true)
                    .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))).example("neascn"));
        }
    }

    private static void describeProblems(Operation operation) {
        if (operation.getResponses() == null) {
            return;
        }
        operation.getResponses().getAPIResponses().forEach((code, response) -> {
            if ((code.startsWith("4") || code.startsWith("5")) && response.getContent() == null) {
                response.setContent(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF))));
            }
        });
    }

    private static Schema problemSchema() {
        Schema text = OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING));
        Schema error = OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                .addProperty("field", text.description("The invalid field, as a path such as targets[2].indicators[0].target.year"))
                .addProperty("message", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).description("The rule it breaks"));
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                .description("An error as RFC 9457 describes it (application/problem+json)")
                .addProperty("type", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))
                        .description("Stable kind of problem, such as urn:neascn:problem:validation").example("urn:neascn:problem:validation"))
                .addProperty("title", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).example("The request holds an invalid value"))
                .addProperty("status", OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)).example(422))
                .addProperty("detail", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))
                        .example("population: must be a positive number of people"))
                .addProperty("errors", OASFactory.createSchema().type(List.of(Schema.SchemaType.ARRAY)).items(error))
                .required(List.of("type", "title", "status"));
    }
}
