package org.neascn.server.pipeline;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.neascn.framework.pipeline.PipelineFilter;
import org.neascn.model.member.MemberId;
import org.neascn.model.project.FinancingStatus;
import org.neascn.model.project.Stage;
import org.neascn.model.shared.CountryCode;
import org.neascn.model.shared.CurrencyCode;
import org.neascn.model.shared.InvalidValueException;
import org.neascn.model.taxonomy.FocusAreaCode;
import org.neascn.model.taxonomy.Taxonomy;
import org.neascn.server.register.InvalidQueryException;

/**
 * The query of a pipeline report, checked whole: every parameter must be one the report offers
 * and every value one the network knows (a member of its register, a focus area of its taxonomy,
 * a stage or status of the ladder), so that a misspelt filter is a 400 naming it rather than the
 * whole network silently coming back. A filter may be repeated; its values are alternatives.
 *
 * @param echo the filters as applied, for the answer to repeat
 */
record PipelineQuery(PipelineFilter filter, Optional<CurrencyCode> currency, List<String> rates,
        Map<String, List<String>> echo) {

    static final Set<String> FILTERS = Set.of("member", "country", "stage", "focusArea", "financingStatus");

    /**
     * @param allowed the parameters the endpoint takes besides the filters
     * @param members the members of the network's register
     */
    static PipelineQuery parse(MultivaluedMap<String, String> params, Set<String> allowed, Set<String> members,
            Taxonomy taxonomy) {
        for (String name : params.keySet()) {
            if (!FILTERS.contains(name) && !allowed.contains(name)) {
                throw new InvalidQueryException(name, "'" + name + "' is not a parameter of this report; it takes "
                        + String.join(", ", new java.util.TreeSet<>(union(FILTERS, allowed))));
            }
        }
        Set<MemberId> member = values(params, "member", v -> {
            if (!members.contains(v)) {
                throw new InvalidQueryException("member", "'" + v + "' is not a member of the network's register");
            }
            return MemberId.of(v);
        });
        Set<CountryCode> country = values(params, "country", v -> code(() -> CountryCode.of(v), "country"));
        Set<Stage> stage = values(params, "stage", v -> constant(Stage.class, v, "stage"));
        Set<FocusAreaCode> focusArea = values(params, "focusArea", v -> {
            FocusAreaCode code = code(() -> FocusAreaCode.of(v), "focusArea");
            if (!taxonomy.defines(code)) {
                throw new InvalidQueryException("focusArea", "'" + v + "' is not a focus area of taxonomy "
                        + taxonomy.id());
            }
            return code;
        });
        Set<FinancingStatus> status = values(params, "financingStatus",
                v -> constant(FinancingStatus.class, v, "financingStatus"));
        Optional<CurrencyCode> currency = Optional.ofNullable(single(params, "currency"))
                .map(v -> code(() -> CurrencyCode.of(v), "currency"));
        Map<String, List<String>> echo = new LinkedHashMap<>();
        for (String f : List.of("member", "country", "stage", "focusArea", "financingStatus")) {
            if (params.containsKey(f)) {
                echo.put(f, List.copyOf(params.get(f)));
            }
        }
        return new PipelineQuery(new PipelineFilter(member, country, stage, focusArea, status), currency,
                params.getOrDefault("rate", List.of()), echo);
    }

    static String single(MultivaluedMap<String, String> params, String name) {
        List<String> values = params.get(name);
        if (values == null || values.isEmpty()) {
            return null;
        }
        if (values.size() > 1) {
            throw new InvalidQueryException(name, "'" + name + "' is given " + values.size() + " times; give it once");
        }
        String v = values.get(0).strip();
        if (v.isEmpty()) {
            throw new InvalidQueryException(name, "'" + name + "' is empty");
        }
        return v;
    }

    private static <T> Set<T> values(MultivaluedMap<String, String> params, String name, Function<String, T> parse) {
        Set<T> out = new LinkedHashSet<>();
        for (String v : params.getOrDefault(name, List.of())) {
            if (v == null || v.isBlank()) {
                throw new InvalidQueryException(name, "'" + name + "' is empty");
            }
            out.add(parse.apply(v.strip()));
        }
        return out;
    }

    private static <T> T code(java.util.function.Supplier<T> make, String name) {
        try {
            return make.get();
        } catch (InvalidValueException e) {
            throw new InvalidQueryException(name, e.getMessage());
        }
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String value, String name) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new InvalidQueryException(name, "'" + value + "' is not one of "
                    + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
        }
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return all;
    }
}
