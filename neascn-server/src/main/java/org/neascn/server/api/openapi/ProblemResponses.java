package org.neascn.server.api.openapi;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.neascn.server.api.problem.Problem;
import org.neascn.server.api.problem.ProblemType;

/**
 * The problem responses every operation of a kind can give, added where its resource did not
 * name them, and an example of each as the {@code ProblemMapper} writes it. The rules are the
 * server's own: anything under a network answers 404 for an unknown network (or record), any
 * path naming a record 404 for an unknown one, any body can be malformed JSON (400), and any
 * operation refuses an Accept header it cannot answer (406).
 */
final class ProblemResponses {

    private ProblemResponses() {
    }

    static void complete(String path, Operation operation) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        if (path.contains("{network}")) {
            add(operation, "404", path.matches(".*\\{network}/.*\\{[a-zA-Z]+}.*")
                    ? "No such network or record, or not visible to this caller (problem+json)"
                    : "No such network (problem+json)");
        } else if (path.contains("{")) {
            add(operation, "404", "No such record (problem+json)");
        }
        if (operation.getRequestBody() != null) {
            add(operation, "400", "Malformed JSON, wrong type or unknown field (problem+json)");
        }
        // Any operation refuses an Accept header naming none of its types; said where no other 4xx applies.
        if (operation.getResponses().getAPIResponses().keySet().stream().noneMatch(code -> code.startsWith("4"))) {
            add(operation, "406", "The Accept header names no type this operation produces (problem+json)");
        }
        operation.getResponses().getAPIResponses().forEach((code, response) -> {
            if (code.matches("[45][0-9][0-9]")) {
                exampleOf(Integer.parseInt(code), response);
            }
        });
    }

    private static void add(Operation operation, String code, String description) {
        if (!operation.getResponses().hasAPIResponse(code)) {
            operation.getResponses().addAPIResponse(code, OASFactory.createAPIResponse().description(description));
        }
    }

    /** The problem a client meets with this status: its stable type, title, status and the response's own words. */
    private static void exampleOf(int status, APIResponse response) {
        ProblemType type = Arrays.stream(ProblemType.values()).filter(t -> t.status() == status).findFirst()
                .orElse(ProblemType.HTTP);
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("type", type.uri());
        // An HTTP-level problem is titled by its reason phrase, as the ProblemMapper writes it.
        jakarta.ws.rs.core.Response.Status reason = jakarta.ws.rs.core.Response.Status.fromStatusCode(status);
        example.put("title", type == ProblemType.HTTP && reason != null ? reason.getReasonPhrase() : type.title());
        example.put("status", status);
        if (response.getDescription() != null) {
            example.put("detail", response.getDescription().replace(" (problem+json)", ""));
        }
        if (response.getContent() == null) {
            response.setContent(OASFactory.createContent());
        }
        var media = response.getContent().getMediaType(Problem.MEDIA_TYPE);
        if (media == null) {
            media = OASFactory.createMediaType().schema(OASFactory.createSchema().ref("#/components/schemas/Problem"));
            response.getContent().addMediaType(Problem.MEDIA_TYPE, media);
        }
        if (media.getExample() == null) {
            media.setExample(example);
        }
    }
}
