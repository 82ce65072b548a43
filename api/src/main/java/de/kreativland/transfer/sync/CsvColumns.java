package de.kreativland.transfer.sync;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * Flat CSV columns of a list item record: nested records become dotted columns
 * ({@code address.town}), lists one column with the values joined by "; ".
 */
final class CsvColumns {
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

    List<String> values(JsonNode item) {
        List<String> values = new ArrayList<>(paths.size());
        for (String path : paths) {
            values.add(text(item.at("/" + path.replace('.', '/'))));
        }
        return values;
    }

    private static String text(JsonNode node) {
        if (node.isMissingNode() || node.isNull()) {
            return "";
        }
        if (node.isArray()) {
            StringJoiner joined = new StringJoiner("; ");
            node.forEach(element -> joined.add(element.isValueNode() ? element.asText() : element.toString()));
            return joined.toString();
        }
        return node.isValueNode() ? node.asText() : node.toString();
    }
}
