package de.kreativland.transfer.common;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.AnnotationValue;
import org.jboss.jandex.DotName;
import org.jboss.jandex.IndexView;
import org.jboss.jandex.MethodInfo;

/**
 * At build time, marks every operation whose method carries {@link Retiring} as
 * {@code deprecated: true}, says when it goes and what replaces it, and documents the Deprecation,
 * Sunset and Link headers of its successful responses. Invalid {@code @Retiring} values fail the build.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class RetiringOperationsFilter implements OASFilter {
    private static final DotName RETIRING = DotName.createSimple(Retiring.class.getName());
    private static final DotName OPERATION = DotName.createSimple(org.eclipse.microprofile.openapi.annotations.Operation.class.getName());

    private final Map<String, Retirement> byOperationId = new HashMap<>();

    public RetiringOperationsFilter(IndexView index) {
        for (AnnotationInstance retiring : index.getAnnotations(RETIRING)) {
            MethodInfo method = retiring.target().asMethod();
            String where = method.declaringClass().name() + "." + method.name();
            AnnotationInstance operation = method.annotation(OPERATION);
            AnnotationValue operationId = operation == null ? null : operation.value("operationId");
            if (operationId == null) {
                throw new IllegalArgumentException("@Retiring on " + where + " needs @Operation(operationId = …)");
            }
            byOperationId.put(operationId.asString(), Retirement.of(text(retiring, "deprecatedOn"), text(retiring, "sunsetOn"),
                    text(retiring, "successor"), text(retiring, "info"), where));
        }
    }

    private static String text(AnnotationInstance annotation, String name) {
        AnnotationValue value = annotation.value(name);
        return value == null ? "" : value.asString();
    }

    @Override
    public Operation filterOperation(Operation operation) {
        Retirement retirement = byOperationId.get(operation.getOperationId());
        if (retirement == null) {
            return operation;
        }
        operation.setDeprecated(true);
        String description = operation.getDescription();
        operation.setDescription(description == null || description.isBlank() ? retirement.description()
                : description + "\n\n" + retirement.description());
        if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
            operation.getResponses().getAPIResponses().forEach((code, response) -> {
                if (code.startsWith("2")) {
                    response.addHeader("Deprecation", header("When this operation was deprecated (RFC 9745): @ and Unix seconds",
                            retirement.deprecationHeader()));
                    response.addHeader("Sunset", header("From when it may be gone (RFC 8594), an HTTP-date", retirement.sunsetHeader()));
                    response.addHeader("Link", header("What replaces it (rel=\"successor-version\") and where the change is explained (rel=\"deprecation\")",
                            String.join(", ", retirement.links())));
                }
            });
        }
        return operation;
    }

    private static Header header(String description, String example) {
        return OASFactory.createHeader().description(description)
                .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).example(example));
    }
}
