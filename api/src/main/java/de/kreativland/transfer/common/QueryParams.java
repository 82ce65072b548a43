package de.kreativland.transfer.common;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;

/** Query parameters arrive as strings, so that a bad value is a 400 naming the parameter. */
public final class QueryParams {
    /** A UUID in its canonical text form, for the @Pattern of id query parameters. */
    public static final String UUID_PATTERN = "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$";

    private QueryParams() {
    }

    public static UUID uuid(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!value.matches(UUID_PATTERN)) {
            throw Problems.invalidQuery(name, "common.not-uuid", value);
        }
        return UUID.fromString(value);
    }

    public static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            if (value.length() > 10) {
                throw new DateTimeParseException("longer than YYYY-MM-DD", value, 10);
            }
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw Problems.invalidQuery(name, "common.not-date", value);
        }
    }

    public static LocalDate requiredDate(String name, String value) {
        LocalDate date = date(name, value);
        if (date == null) {
            throw Problems.invalidQuery(name, "common.required");
        }
        return date;
    }

    public static <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw Problems.invalidQuery(name, "common.not-one-of", value,
                    Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
        }
    }
}
