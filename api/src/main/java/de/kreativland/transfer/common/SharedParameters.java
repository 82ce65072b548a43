package de.kreativland.transfer.common;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * The parameters that many operations take, written once in components/parameters and referenced
 * from the operations. Paging ({@code page}, {@code size}), incremental sync ({@code cursor},
 * {@code updatedSince}) and preconditions ({@code If-Match}) get one definition each, in the wording
 * most operations use, whatever an operation's own wording; If-Match in three kinds: required,
 * needed to change an existing resource (the operation answers 428 without it) and optional. Any
 * other parameter is shared when at least {@value #SHARED_FROM} operations declare it identically,
 * description included. Constraints are never merged: where operations differ in them (a page size
 * that defaults to 50), the definition most of them use is shared and the others stay inline.
 */
final class SharedParameters {
    private static final String IF_MATCH = "If-Match";
    /** Query and header parameters that say the same in every operation that takes them. */
    private static final Set<String> NORMALISED = Set.of("query:page", "query:size", "query:cursor", "query:updatedSince",
            "header:" + IF_MATCH);
    private static final int NORMALISED_FROM = 2;
    private static final int SHARED_FROM = 3;
    private static final Pattern COMPONENT_KEY = Pattern.compile("[a-zA-Z0-9._-]+");

    private SharedParameters() {
    }

    private record Use(Parameter parameter, String family, boolean normalised) {
    }

    static void share(OpenAPI openAPI) {
        List<Operation> operations = new ArrayList<>();
        openAPI.getPaths().getPathItems().values().forEach(item -> operations.addAll(item.getOperations().values()));
        Map<List<Object>, List<Use>> groups = new LinkedHashMap<>();
        for (Operation operation : operations) {
            if (operation.getParameters() == null) {
                continue;
            }
            for (Parameter parameter : operation.getParameters()) {
                List<Object> fingerprint = ContractFingerprint.of(parameter);
                if (fingerprint == null) {
                    continue;
                }
                boolean normalised = NORMALISED.contains(parameter.getIn() + ":" + parameter.getName());
                String family = family(parameter, operation);
                List<Object> key = new ArrayList<>(fingerprint);
                key.add(family);
                key.add(normalised ? null : parameter.getDescription());
                groups.computeIfAbsent(key, k -> new ArrayList<>()).add(new Use(parameter, family, normalised));
            }
        }
        // Per family (name and place, If-Match by kind), the definition most operations use (the first one on a tie).
        Map<String, List<Use>> mostUsed = new LinkedHashMap<>();
        groups.values().forEach(group -> mostUsed.merge(group.get(0).parameter.getIn() + ":" + group.get(0).family, group,
                (a, b) -> b.size() > a.size() ? b : a));
        Map<Parameter, Parameter> references = new IdentityHashMap<>();
        Components components = openAPI.getComponents();
        for (List<Use> group : mostUsed.values()) {
            Use first = group.get(0);
            String name = freeName(components, first.family, first.parameter.getIn());
            if (group.size() < (first.normalised ? NORMALISED_FROM : SHARED_FROM) || name == null) {
                continue;
            }
            Parameter definition = copy(first.parameter);
            if (first.normalised) {
                definition.setDescription(mostCommonDescription(group));
            }
            components.addParameter(name, definition);
            group.forEach(use -> references.put(use.parameter, OASFactory.createParameter().ref(name)));
        }
        for (Operation operation : operations) {
            if (operation.getParameters() != null) {
                operation.setParameters(operation.getParameters().stream()
                        .map(parameter -> references.getOrDefault(parameter, parameter)).collect(Collectors.toList()));
            }
        }
    }

    /** The component name: the family, or with its place appended if that is taken; null if neither can be a key. */
    private static String freeName(Components components, String family, Parameter.In in) {
        Map<String, Parameter> taken = components.getParameters() == null ? Map.of() : components.getParameters();
        for (String name : List.of(family, family + "-" + in)) {
            if (COMPONENT_KEY.matcher(name).matches() && !taken.containsKey(name)) {
                return name;
            }
        }
        return null;
    }

    private static String family(Parameter parameter, Operation operation) {
        if (parameter.getIn() != Parameter.In.HEADER || !IF_MATCH.equals(parameter.getName())) {
            return parameter.getName();
        }
        if (Boolean.TRUE.equals(parameter.getRequired())) {
            return IF_MATCH;
        }
        return operation.getResponses() != null && operation.getResponses().hasAPIResponse("428")
                ? IF_MATCH + "-to-change" : IF_MATCH + "-optional";
    }

    private static String mostCommonDescription(List<Use> group) {
        Map<String, Long> counts = group.stream().filter(use -> use.parameter.getDescription() != null)
                .collect(Collectors.groupingBy(use -> use.parameter.getDescription(), LinkedHashMap::new, Collectors.counting()));
        return counts.entrySet().stream().max(Comparator.comparingLong(Map.Entry<String, Long>::getValue))
                .map(Map.Entry::getKey).orElse(null);
    }

    private static Parameter copy(Parameter parameter) {
        return OASFactory.createParameter().name(parameter.getName()).in(parameter.getIn()).description(parameter.getDescription())
                .required(parameter.getRequired()).deprecated(parameter.getDeprecated())
                .allowEmptyValue(parameter.getAllowEmptyValue()).style(parameter.getStyle()).explode(parameter.getExplode())
                .allowReserved(parameter.getAllowReserved()).schema(parameter.getSchema());
    }
}
