package org.neascn.framework.interchange.spreadsheet;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.neascn.model.shared.InvalidValueException;

/**
 * Reads the values a city officer types into cells, with messages that say what was
 * expected. Each parser throws {@link InvalidValueException}; the importer turns it into a
 * problem at the cell.
 */
final class Cells {

    private Cells() {
    }

    static String required(String cell) {
        if (cell.isBlank()) {
            throw new InvalidValueException("", "this cell is required");
        }
        return cell;
    }

    static BigDecimal number(String cell) {
        try {
            return new BigDecimal(required(cell).replace(" ", ""));
        } catch (NumberFormatException e) {
            throw new InvalidValueException("", "'" + cell + "' is not a number");
        }
    }

    static int year(String cell) {
        BigDecimal n = number(cell);
        try {
            return n.intValueExact();
        } catch (ArithmeticException e) {
            throw new InvalidValueException("", "'" + cell + "' is not a year");
        }
    }

    static Double coordinate(String cell) {
        return cell.isBlank() ? null : number(cell).doubleValue();
    }

    /** An ISO date (2021-12-31); a date typed into Excel arrives as its serial number. */
    static LocalDate date(String cell) {
        String text = required(cell);
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            if (text.matches("[0-9]+(\\.0+)?")) {
                // Excel's serial day number, counted from 1899-12-30 for dates after March 1900.
                return LocalDate.of(1899, 12, 30).plusDays(new BigDecimal(text).longValue());
            }
            throw new InvalidValueException("", "'" + text + "' is not a date such as 2021-12-31");
        }
    }

    /** A value of an enumeration, typed in any case with spaces or underscores. */
    static <E extends Enum<E>> E choice(String cell, Class<E> type) {
        String wanted = required(cell).strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(wanted)) {
                return e;
            }
        }
        throw new InvalidValueException("", "'" + cell + "' is not one of " + Arrays.stream(type.getEnumConstants())
                .map(Enum::name).collect(Collectors.joining(", ")));
    }

    /** Codes separated by commas; each read by the given parser. */
    static <T> Set<T> codes(String cell, Function<String, T> parse) {
        Set<T> codes = new LinkedHashSet<>();
        if (cell.isBlank()) {
            return codes;
        }
        for (String part : cell.split(Layout.LIST_SEPARATOR)) {
            if (!part.isBlank()) {
                codes.add(parse.apply(part.strip()));
            }
        }
        return codes;
    }
}
