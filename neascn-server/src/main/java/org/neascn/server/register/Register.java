package org.neascn.server.register;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.neascn.model.network.NetworkId;
import org.neascn.model.shared.LocalizedText;
import org.neascn.server.store.StoredRecord;

/**
 * One register of a network (its members, its plans, its projects...): how a record of the
 * aggregate is identified, named, owned, shown to the public, and indexed into its table's
 * columns, and which filters and sort keys its list offers.
 *
 * @param collection the path segment of its collection ({@code members}, {@code plans})
 * @param publicView the record as an anonymous reader may see it (a person without e-mail)
 * @param sorts      sort key → row attribute; every register sorts by {@code id} and {@code name}
 */
public record Register<T, R extends StoredRecord>(
        Aggregate aggregate,
        String collection,
        Class<T> type,
        Class<R> rowType,
        Supplier<R> newRow,
        Function<T, String> id,
        Function<T, NetworkId> network,
        Function<T, LocalizedText> name,
        Function<T, Owner> owner,
        Predicate<T> isPublic,
        UnaryOperator<T> publicView,
        BiConsumer<T, R> index,
        List<Filter> filters,
        Map<String, String> sorts) {

    public Optional<Filter> filter(String parameter) {
        return filters.stream().filter(f -> f.parameter().equals(parameter)).findFirst();
    }

    /** The row attribute a sort key orders by. */
    public String sortAttribute(String key) {
        switch (key) {
            case "id":
                return "recordId";
            case "name":
                return "sortName";
            default:
                String attribute = sorts.get(key);
                if (attribute == null) {
                    throw new InvalidQueryException("sort", "'" + key + "' is not a sort key of " + collection
                            + "; use id, name" + (sorts.isEmpty() ? "" : ", " + String.join(", ", sorts.keySet()))
                            + ", with a leading '-' for descending order");
                }
                return attribute;
        }
    }

    /** The entity name JPQL queries the register's table by. */
    public String entityName() {
        return rowType.getSimpleName();
    }
}
