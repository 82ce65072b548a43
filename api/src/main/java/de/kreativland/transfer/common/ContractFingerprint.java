package de.kreativland.transfer.common;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.models.Extensible;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * What a parameter or header of the contract says, as a value that equals another's exactly when the
 * two say the same (the description counted or not), so that equal ones can be shared as one component.
 * Parameters and headers that carry examples, content or extensions are never shared: they have no fingerprint.
 */
final class ContractFingerprint {
    private ContractFingerprint() {
    }

    /** The parameter without its description, or null if it cannot be shared. */
    static List<Object> of(Parameter parameter) {
        if (parameter.getRef() != null || !shareable(parameter) || parameter.getContent() != null
                || parameter.getExamples() != null || parameter.getExample() != null) {
            return null;
        }
        return Arrays.asList(parameter.getName(), parameter.getIn(), Boolean.TRUE.equals(parameter.getRequired()),
                parameter.getDeprecated(), parameter.getAllowEmptyValue(), parameter.getStyle(), parameter.getExplode(),
                parameter.getAllowReserved(), of(parameter.getSchema()));
    }

    /** The header without its description, or null if it cannot be shared. */
    static List<Object> of(Header header) {
        if (header.getRef() != null || !shareable(header) || header.getContent() != null
                || header.getExamples() != null || header.getExample() != null) {
            return null;
        }
        return Arrays.asList(Boolean.TRUE.equals(header.getRequired()), header.getDeprecated(), header.getAllowEmptyValue(),
                header.getStyle(), header.getExplode(), of(header.getSchema()));
    }

    /** Every property of the schema, nested schemas included, in a fixed order. */
    static Object of(Schema schema) {
        if (schema == null) {
            return null;
        }
        Map<String, Object> properties = new TreeMap<>();
        schema.getAll().forEach((name, value) -> properties.put(name, value(value)));
        return properties;
    }

    private static Object value(Object value) {
        if (value instanceof Schema schema) {
            return of(schema);
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new TreeMap<>();
            map.forEach((key, entry) -> out.put(String.valueOf(key), value(entry)));
            return out;
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            list.forEach(entry -> out.add(value(entry)));
            return out;
        }
        // Numbers by value (0 and 0.0 alike), everything else by its text.
        return value instanceof java.math.BigDecimal number ? number.stripTrailingZeros().toPlainString() : String.valueOf(value);
    }

    private static boolean shareable(Extensible<?> element) {
        return element.getExtensions() == null || element.getExtensions().isEmpty();
    }
}
