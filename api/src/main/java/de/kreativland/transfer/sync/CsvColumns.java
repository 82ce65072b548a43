package de.kreativland.transfer.sync;

import com.fasterxml.jackson.databind.JsonNode;
import de.kreativland.transfer.common.SpreadsheetWriter.Column;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.StringJoiner;

/**
 * Flat spreadsheet columns of a list item record: nested records become dotted columns
 * ({@code address.town}), lists one column with the values joined by "; ". German headings come from
 * {@code spreadsheet-headings.properties} (the machine name where none is written).
 */
final class CsvColumns {
    static final Properties GERMAN = load("/spreadsheet-headings.properties");
    private final List<String> paths = new ArrayList<>();

    private CsvColumns() {
    }

    static CsvColumns of(Class<?> itemType) {
        CsvColumns columns = new CsvColumns();
        columns.collect(itemType, "");
        return columns;
    }

    private void collect(Class<?> type, String prefix) {
        for (RecordComponent component : type.getRecordComponents()) {
            Class<?> componentType = component.getType();
            if (componentType.isRecord()) {
                collect(componentType, prefix + component.getName() + ".");
            } else {
                paths.add(prefix + component.getName());
            }
        }
    }

    List<String> names() {
        return paths;
    }

    List<Column> columns() {
        return paths.stream().map(path -> new Column(path, GERMAN.getProperty(path, path))).toList();
    }

    /** The cells of one item: numbers as numbers, yes/no as booleans, the rest as text. */
    List<Object> values(JsonNode item) {
        List<Object> values = new ArrayList<>(paths.size());
        for (String path : paths) {
            values.add(cell(item.at("/" + path.replace('.', '/'))));
        }
        return values;
    }

    private static Object cell(JsonNode node) {
        if (node.isMissingNode() || node.isNull()) {
            return null;
        }
        if (node.isNumber()) {
            return node.decimalValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isArray()) {
            StringJoiner joined = new StringJoiner("; ");
            node.forEach(element -> joined.add(element.isValueNode() ? element.asText() : element.toString()));
            return joined.toString();
        }
        return node.isValueNode() ? node.asText() : node.toString();
    }

    private static Properties load(String resource) {
        Properties properties = new Properties();
        try (InputStream in = CsvColumns.class.getResourceAsStream(resource)) {
            if (in != null) {
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
