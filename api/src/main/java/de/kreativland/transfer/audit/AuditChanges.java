package de.kreativland.transfer.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What an audit entry changed, read the same way for every kind of item: an entry's {@code changes}
 * (written by {@link AuditLog#recordChanges}), or its {@code before} and {@code after} snapshots compared
 * field by field (a single value such as a corrected figure counts as the field "value"); the other
 * details are context.
 */
public final class AuditChanges {
    private AuditChanges() {
    }

    /** The fields whose values differ between the snapshots, each with its value before and after. */
    public static Map<String, Map<String, Object>> diff(Map<String, ?> before, Map<String, ?> after) {
        Map<String, Map<String, Object>> changes = new LinkedHashMap<>();
        Set<String> fields = new LinkedHashSet<>();
        if (before != null) {
            fields.addAll(before.keySet());
        }
        if (after != null) {
            fields.addAll(after.keySet());
        }
        for (String field : fields) {
            Object was = before == null ? null : before.get(field);
            Object is = after == null ? null : after.get(field);
            if (!Objects.equals(was, is)) {
                Map<String, Object> change = new LinkedHashMap<>();
                change.put("before", was);
                change.put("after", is);
                changes.put(field, change);
            }
        }
        return changes;
    }

    /** The same changes with long texts cut to what an entry shows, so a long body is not stored twice in full. */
    static Map<String, Map<String, Object>> shortened(Map<String, Map<String, Object>> changes) {
        changes.values().forEach(change -> change.replaceAll((side, value) -> value instanceof String text ? shorten(text) : value));
        return changes;
    }

    /** The changed fields of stored details. */
    static List<AuditEntry.FieldChange> changes(JsonNode details) {
        List<AuditEntry.FieldChange> changes = new ArrayList<>();
        if (details == null || !details.isObject()) {
            return changes;
        }
        JsonNode recorded = details.get("changes");
        if (recorded != null && recorded.isObject()) {
            recorded.fields().forEachRemaining(f -> changes.add(new AuditEntry.FieldChange(f.getKey(),
                    text(f.getValue().get("before")), text(f.getValue().get("after")))));
            return changes;
        }
        JsonNode before = details.get("before");
        JsonNode after = details.get("after");
        if (before == null || after == null) {
            return changes;
        }
        if (before.isObject() && after.isObject()) {
            Set<String> fields = new LinkedHashSet<>();
            before.fieldNames().forEachRemaining(fields::add);
            after.fieldNames().forEachRemaining(fields::add);
            for (String field : fields) {
                JsonNode was = before.get(field);
                JsonNode is = after.get(field);
                if (!Objects.equals(was, is)) {
                    changes.add(new AuditEntry.FieldChange(field, text(was), text(is)));
                }
            }
        } else if (!before.isContainerNode() && !after.isContainerNode()) {
            changes.add(new AuditEntry.FieldChange("value", text(before), text(after)));
        }
        return changes;
    }

    /** The details that are not a change: context such as a reason or the item corrected. */
    static List<AuditEntry.Detail> context(JsonNode details) {
        List<AuditEntry.Detail> context = new ArrayList<>();
        if (details == null || !details.isObject()) {
            return context;
        }
        boolean snapshots = details.has("before") && details.has("after") && !details.has("changes");
        details.fields().forEachRemaining(f -> {
            String name = f.getKey();
            if (name.equals("changes") || (snapshots && (name.equals("before") || name.equals("after")))) {
                return;
            }
            String value = text(f.getValue());
            context.add(new AuditEntry.Detail(name, value == null ? null : shorten(value)));
        });
        return context;
    }

    private static String shorten(String value) {
        return value.length() <= AuditEntry.MAX_TEXT ? value : value.substring(0, AuditEntry.MAX_TEXT - 1) + "…";
    }

    private static String text(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        return shorten(node.isNumber() ? node.decimalValue().stripTrailingZeros().toPlainString()
                : node.isValueNode() ? node.asText() : node.toString());
    }
}
