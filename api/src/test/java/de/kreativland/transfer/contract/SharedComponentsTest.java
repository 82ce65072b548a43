package de.kreativland.transfer.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import de.kreativland.transfer.ApiTest;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The published contract is built from shared parts (ProblemResponsesFilter): the errors that mean
 * the same everywhere are references to components/responses, repeated parameters and the ETag and
 * Location headers references to components/parameters and components/headers, and every response,
 * shared or not, still carries problem+json for errors and the headers the API sends with each one.
 */
class SharedComponentsTest {
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");
    private static final Set<String> ALWAYS_SHARED = Set.of("401", "403", "412", "428", "429", "500");
    private static final List<String> EVERY_RESPONSE = List.of("RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset",
            "Access-Control-Allow-Origin");
    /** Parameters that say the same in every operation that takes them, whatever an operation's wording. */
    private static final List<String> NORMALISED = List.of("page", "size", "cursor", "updatedSince", "If-Match");
    private static JsonNode contract;

    @BeforeAll
    static void read() throws IOException {
        contract = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(ApiTest.CONTRACT));
    }

    private static JsonNode resolve(JsonNode node) {
        return node.has("$ref") ? resolve(contract.at(node.get("$ref").asText().substring(1))) : node;
    }

    private static void eachOperation(BiConsumer<String, JsonNode> action) {
        contract.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation -> {
            if (METHODS.contains(operation.getKey())) {
                action.accept(operation.getKey().toUpperCase() + " " + path.getKey(), operation.getValue());
            }
        }));
    }

    @Test
    void errorsThatMeanTheSameEverywhereAreSharedResponses() {
        List<String> inline = new ArrayList<>();
        eachOperation((operation, definition) -> definition.get("responses").fields().forEachRemaining(response -> {
            if (ALWAYS_SHARED.contains(response.getKey())
                    && !response.getValue().path("$ref").asText().startsWith("#/components/responses/")) {
                inline.add(operation + " " + response.getKey());
            }
        }));
        assertEquals(List.of(), inline);
        assertTrue(contract.at("/components/responses/TooManyRequests/headers").has("Retry-After"));
    }

    @Test
    void everyResponseHasTheHeadersOfEveryResponseAndErrorsAreProblems() {
        List<String> wrong = new ArrayList<>();
        eachOperation((operation, definition) -> definition.get("responses").fields().forEachRemaining(entry -> {
            JsonNode response = resolve(entry.getValue());
            String where = operation + " " + entry.getKey();
            for (String header : EVERY_RESPONSE) {
                if (!("#/components/headers/" + header).equals(response.path("headers").path(header).path("$ref").asText())) {
                    wrong.add(where + " without " + header);
                }
            }
            boolean error = entry.getKey().startsWith("4") || entry.getKey().startsWith("5");
            if (error && (response.path("content").size() != 1 || !response.path("content").has("application/problem+json"))) {
                wrong.add(where + " is not problem+json");
            }
        }));
        assertEquals(List.of(), wrong);
    }

    @Test
    void noInlineParameterRepeatsASharedOne() {
        List<JsonNode> shared = new ArrayList<>();
        contract.at("/components/parameters").forEach(parameter -> shared.add(comparable(parameter)));
        List<String> repeated = new ArrayList<>();
        eachOperation((operation, definition) -> definition.path("parameters").forEach(parameter -> {
            if (!parameter.has("$ref") && shared.contains(comparable(parameter))) {
                repeated.add(operation + " " + parameter.get("in").asText() + ":" + parameter.get("name").asText());
            }
        }));
        assertEquals(List.of(), repeated);
        for (String name : NORMALISED) {
            assertTrue(contract.at("/components/parameters").has(name), "components/parameters/" + name);
        }
    }

    @Test
    void etagAndLocationAreSharedHeaders() {
        List<String> inline = new ArrayList<>();
        eachOperation((operation, definition) -> definition.get("responses").fields().forEachRemaining(response -> {
            for (String header : List.of("ETag", "Location")) {
                JsonNode written = response.getValue().path("headers").path(header);
                if (!written.isMissingNode() && !("#/components/headers/" + header).equals(written.path("$ref").asText())) {
                    inline.add(operation + " " + response.getKey() + " " + header);
                }
            }
        }));
        assertEquals(List.of(), inline);
    }

    /** A parameter as the sharing compares it: paging, sync and If-Match whatever their wording. */
    private static JsonNode comparable(JsonNode parameter) {
        ObjectNode copy = parameter.deepCopy();
        if (NORMALISED.contains(parameter.path("name").asText())) {
            copy.remove("description");
        }
        return copy;
    }
}
