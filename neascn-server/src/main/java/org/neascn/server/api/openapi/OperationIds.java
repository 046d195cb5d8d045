package org.neascn.server.api.openapi;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.models.PathItem;

/**
 * Names every operation for client generators, from its path and method, so that a resource
 * need not carry an {@code operationId} of its own: {@code GET /networks/{network}/plans} is
 * {@code listPlans}, {@code GET …/plans/{id}} {@code getPlans}, {@code POST …/plans/{id}/submit}
 * {@code submitPlans}, {@code GET …/plans/{id}/versions/{n}} {@code getPlansVersions}; the shipped
 * reference data beside a network's own is {@code listReferenceCountriesShipped}. The names
 * follow the path, so they stay stable while the path does; a name an annotation gives is kept.
 */
final class OperationIds {

    /** Names in use, each with the method and path it names. */
    private final Map<String, String> taken = new HashMap<>();

    /** Takes note of a name an operation has already (from an annotation, or from an earlier pass). */
    void named(String name, String path, PathItem.HttpMethod method) {
        taken.put(name, method + " " + path);
    }

    String name(String path, PathItem.HttpMethod method) {
        List<String> segments = new ArrayList<>();
        boolean endsWithParameter = false;
        for (String segment : path.split("/")) {
            if (segment.isEmpty() || segment.equals("api") || segment.equals("v1")) {
                continue;
            }
            endsWithParameter = segment.startsWith("{");
            if (!endsWithParameter) {
                segments.add(segment);
            }
        }
        if (segments.size() > 1 && segments.get(0).equals("networks") && path.contains("{network}")) {
            segments.remove(0);
        }
        String verb;
        String last = segments.isEmpty() ? "" : segments.get(segments.size() - 1);
        boolean action = !endsWithParameter && segments.size() > 1 && path.endsWith("}/" + last);
        switch (method) {
            case GET:
                verb = endsWithParameter ? "get" : "list";
                break;
            case PUT:
                verb = "replace";
                break;
            case DELETE:
                verb = "delete";
                break;
            case PATCH:
                verb = "change";
                break;
            case POST:
                verb = endsWithParameter ? "post" : action ? camel(last) : "create";
                if (action) {
                    segments.remove(segments.size() - 1);
                }
                break;
            default:
                verb = method.name().toLowerCase(Locale.ROOT);
        }
        StringBuilder name = new StringBuilder(verb);
        segments.forEach(s -> name.append(upperFirst(camel(s))));
        return unique(name.toString(), method + " " + path, path.startsWith("/api/v1/reference/") ? "Shipped" : "");
    }

    /**
     * A name taken by another operation gets the qualifier (the shipped reference data beside a
     * network's own), else a number; one the same operation holds already is kept, so naming
     * twice gives the same names.
     */
    private String unique(String name, String operation, String qualifier) {
        String candidate = name;
        if (!take(candidate, operation) && !qualifier.isEmpty()) {
            candidate = name + qualifier;
        }
        for (int i = 2; !take(candidate, operation); i++) {
            candidate = name + i;
        }
        return candidate;
    }

    private boolean take(String name, String operation) {
        return taken.putIfAbsent(name, operation) == null || taken.get(name).equals(operation);
    }

    /** {@code plan-template.xlsx} → {@code planTemplateXlsx}. */
    private static String camel(String segment) {
        StringBuilder out = new StringBuilder();
        boolean up = false;
        for (char c : segment.toCharArray()) {
            if (Character.isLetterOrDigit(c)) {
                out.append(up ? Character.toUpperCase(c) : c);
                up = false;
            } else {
                up = out.length() > 0;
            }
        }
        return out.toString();
    }

    private static String upperFirst(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
