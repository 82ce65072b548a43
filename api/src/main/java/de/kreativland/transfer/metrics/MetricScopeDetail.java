package de.kreativland.transfer.metrics;

import de.kreativland.transfer.common.ETags;
import de.kreativland.transfer.common.GermanState;
import java.math.BigDecimal;
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
        @Schema(description = "Latitude of its place (WGS 84), with longitude", minimum = "-90", maximum = "90") BigDecimal latitude,
        @Schema(description = "Longitude of its place (WGS 84), with latitude", minimum = "-180", maximum = "180") BigDecimal longitude,
        @Schema(required = true, description = "Archived: kept with its figures, no longer offered for new entries") boolean archived,
        @Schema(required = true, minimum = "0", maximum = ETags.MAX_VERSION) long version) {

    static MetricScopeDetail of(MetricScope s) {
        return new MetricScopeDetail(s.id, s.kind, s.name, s.town, s.state, s.organisationId, s.openedOn, s.closedOn,
                s.latitude, s.longitude, s.archived, s.version);
    }
}
