package de.kreativland.transfer.contract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** Lists where two OpenAPI documents differ, as JSON pointers. */
public final class ContractDiff {
    private ContractDiff() {
    }

    public static List<String> differences(JsonNode expected, JsonNode actual) {
        List<String> out = new ArrayList<>();
        compare("", expected, actual, out);
        return out;
    }

    private static void compare(String pointer, JsonNode expected, JsonNode actual, List<String> out) {
        if (expected == null || actual == null) {
            out.add((expected == null ? "only served: " : "only in openapi.yaml: ") + display(pointer));
            return;
        }
        if (expected.isObject() && actual.isObject()) {
            TreeSet<String> names = new TreeSet<>();
            expected.fieldNames().forEachRemaining(names::add);
            actual.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                compare(pointer + "/" + name.replace("~", "~0").replace("/", "~1"), expected.get(name), actual.get(name), out);
            }
        } else if (expected.isArray() && actual.isArray() && expected.size() == actual.size()) {
            for (int i = 0; i < expected.size(); i++) {
                compare(pointer + "/" + i, expected.get(i), actual.get(i), out);
            }
        } else if (!expected.equals(actual)) {
            out.add("differs: " + display(pointer) + " (openapi.yaml: " + abbreviate(expected) + ", served: " + abbreviate(actual) + ")");
        }
    }

    private static String display(String pointer) {
        return pointer.isEmpty() ? "/" : pointer;
    }

    private static String abbreviate(JsonNode node) {
        String text = node.toString();
        return text.length() > 80 ? text.substring(0, 77) + "..." : text;
    }

}
