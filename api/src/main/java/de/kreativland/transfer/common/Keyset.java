package de.kreativland.transfer.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Keyset (seek) paging: the opaque {@code after} cursor of a list names the sort order and the sort-key values of the
 * last row of a page; the next page is the rows after those values in that order, read from the index of the sort
 * key, so a page deep in the list costs what the first one costs, and rows inserted or deleted between two calls
 * neither repeat nor skip a row. A list declares its sort keys ({@link Key}, the last one unique, e.g. the id);
 * {@link SqlFilter#seek} writes the condition.
 */
public final class Keyset {
    public static final int MAX_LENGTH = 1000;
    public static final String PATTERN = "^[A-Za-z0-9_-]+$";
    public static final String AFTER_DESCRIPTION = "Keyset paging: continue after the nextAfter of an earlier page of the same list "
            + "with the same filters and sort; the page then starts right after the last item of that page, however many "
            + "items were added or removed since (no item repeats or is skipped). page must be 0 with it.";
    public static final String NEXT_AFTER_DESCRIPTION = "Keyset paging: pass it as after to get the next page (absent on the last page, "
            + "and for a sort that pages only by number, such as relevance)";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String VERSION = "k1";

    private Keyset() {
    }

    /**
     * One sort key: its SQL expression, the SQL type its cursor value is cast to, its direction, and whether it may be
     * null (a nullable key sorts nulls last).
     */
    public record Key(String expression, String type, boolean descending, boolean nullable) {
        public static Key ascending(String expression, String type) {
            return new Key(expression, type, false, false);
        }

        public static Key descending(String expression, String type) {
            return new Key(expression, type, true, false);
        }

        public Key nullsLast() {
            return new Key(expression, type, descending, true);
        }
    }

    /** A decoded cursor: the order it was handed out for and the sort-key values of the row it follows. */
    public record Cursor(String order, List<String> values) {
    }

    /** The cursor after a row with these sort-key values in this order. */
    public static String encode(String order, List<?> values) {
        ArrayNode array = JSON.createArrayNode().add(VERSION).add(order);
        for (Object value : values) {
            array.add(value == null ? null : String.valueOf(value));
        }
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(JSON.writeValueAsBytes(array));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The cursor; 400 naming {@code after} unless this API handed it out. */
    public static Cursor parse(String cursor) {
        try {
            if (cursor.length() > MAX_LENGTH) {
                throw new IllegalArgumentException("too long");
            }
            JsonNode array = JSON.readTree(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8));
            if (array == null || !array.isArray() || array.size() < 3 || !VERSION.equals(array.get(0).asText()) || !array.get(1).isTextual()) {
                throw new IllegalArgumentException("not a cursor");
            }
            List<String> values = new ArrayList<>();
            for (int i = 2; i < array.size(); i++) {
                JsonNode value = array.get(i);
                if (!value.isNull() && !value.isTextual()) {
                    throw new IllegalArgumentException("not a cursor");
                }
                values.add(value.isNull() ? null : value.asText());
            }
            return new Cursor(array.get(1).asText(), values);
        } catch (IllegalArgumentException | JsonProcessingException e) {
            throw Problems.invalidQuery("after", "common.cursor-unknown");
        }
    }

    /**
     * The values of a cursor as Java values of their keys' types (text, uuid, date, int, timestamptz), for JPQL
     * parameters; 400 naming {@code after} as {@link #values}.
     */
    public static List<Object> typedValues(String cursor, String order, List<Key> keys) {
        List<String> values = values(cursor, order, keys);
        List<Object> typed = new ArrayList<>();
        try {
            for (int i = 0; i < keys.size(); i++) {
                String value = values.get(i);
                typed.add(value == null ? null : switch (keys.get(i).type()) {
                    case "uuid" -> java.util.UUID.fromString(value);
                    case "date" -> java.time.LocalDate.parse(value);
                    case "int" -> Integer.valueOf(value);
                    case "timestamptz" -> java.time.OffsetDateTime.parse(value);
                    default -> value;
                });
            }
        } catch (RuntimeException e) {
            throw Problems.invalidQuery("after", "common.cursor-unknown");
        }
        return typed;
    }

    /** The order by clause of these keys. */
    public static String orderBy(List<Key> keys) {
        return String.join(", ", keys.stream().map(key -> key.expression() + (key.descending() ? " desc" : "")
                + (key.nullable() ? " nulls last" : "")).toList());
    }

    /** The values of a cursor for a list in this order with these keys; 400 naming {@code after} for another order. */
    public static List<String> values(String cursor, String order, List<Key> keys) {
        Cursor parsed = parse(cursor);
        if (!parsed.order().equals(order) || parsed.values().size() != keys.size()) {
            throw Problems.invalidQuery("after", "common.cursor-other-sort");
        }
        for (int i = 0; i < keys.size(); i++) {
            if (parsed.values().get(i) == null && !keys.get(i).nullable()) {
                throw Problems.invalidQuery("after", "common.cursor-unknown");
            }
        }
        return parsed.values();
    }
}
