package de.kreativland.transfer.security.owasp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import de.kreativland.transfer.ApiTest;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * OWASP API9:2023 Improper Inventory Management: every JAX-RS operation in the code is in the published contract, and
 * the contract names no operation the code lacks, so nothing answers that nobody documented (test-only resources aside).
 */
class Api9InventoryTest {
    private static final Map<Class<? extends Annotation>, String> METHODS = Map.of(GET.class, "get", POST.class, "post", PUT.class, "put",
            PATCH.class, "patch", DELETE.class, "delete", HEAD.class, "head");

    @Test
    void everyPathInTheCodeIsInTheContractAndBack() throws IOException {
        TreeSet<String> code = new TreeSet<>();
        java.nio.file.Path classes = java.nio.file.Path.of("target", "classes");
        try (Stream<java.nio.file.Path> files = Files.walk(classes)) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith("Resource.class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type;
                try {
                    type = Class.forName(name);
                } catch (ClassNotFoundException e) {
                    throw new IllegalStateException(e);
                }
                Path root = type.getAnnotation(Path.class);
                if (root == null) {
                    continue;
                }
                for (Method method : type.getDeclaredMethods()) {
                    for (Map.Entry<Class<? extends Annotation>, String> verb : METHODS.entrySet()) {
                        if (method.isAnnotationPresent(verb.getKey())) {
                            Path sub = method.getAnnotation(Path.class);
                            code.add(verb.getValue() + " " + normalise("/api/v1" + join(root.value(), sub == null ? "" : sub.value())));
                        }
                    }
                }
            }
        }
        JsonNode contract = new ObjectMapper(new YAMLFactory()).readTree(ApiTest.CONTRACT.toFile());
        TreeSet<String> documented = new TreeSet<>();
        contract.get("paths").fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(verb -> {
            if (METHODS.containsValue(verb)) {
                documented.add(verb + " " + normalise(path.getKey()));
            }
        }));
        assertTrue(code.size() > 100, "found the resources: " + code.size());
        TreeSet<String> undocumented = new TreeSet<>(code);
        undocumented.removeAll(documented);
        TreeSet<String> missing = new TreeSet<>(documented);
        missing.removeAll(code);
        assertEquals(List.of(), List.copyOf(undocumented), "operations the contract does not name");
        assertEquals(List.of(), List.copyOf(missing), "contract operations the code does not have");
    }

    private static String join(String a, String b) {
        String left = a.startsWith("/") ? a : "/" + a;
        if (b.isEmpty()) {
            return left;
        }
        return (left.endsWith("/") ? left.substring(0, left.length() - 1) : left) + (b.startsWith("/") ? b : "/" + b);
    }

    /** Path parameters by position only, regular expressions dropped: {id: [0-9a-f-]+} and {key} are alike. */
    private static String normalise(String path) {
        return path.replaceAll("\\{[^}]*}", "{}").replaceAll("/$", "");
    }
}
