package de.kreativland.transfer.metrics;

import de.kreativland.transfer.common.ETags;
import de.kreativland.transfer.common.GermanState;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A scope figures belong to: a programme as a whole, a counselling location, or an organisation")
public record MetricScopeDetail(
        @Schema(required = true) UUID id,
        @Schema(required = true) ScopeKind kind,
        @Schema(required = true, maxLength = 200) String name,
        @Schema(maxLength = 100) String town,
        @Schema(required = true) GermanState state,
        @Schema(description = "For ORGANISATION scopes") UUID organisationId,
        @Schema(description = "From when a counselling location counts") LocalDate openedOn,
        @Schema(description = "From when a counselling location no longer counts") LocalDate closedOn,
        @Schema(required = true, minimum = "0", maximum = ETags.MAX_VERSION) long version) {

    static MetricScopeDetail of(MetricScope s) {
        return new MetricScopeDetail(s.id, s.kind, s.name, s.town, s.state, s.organisationId, s.openedOn, s.closedOn, s.version);
    }
}
