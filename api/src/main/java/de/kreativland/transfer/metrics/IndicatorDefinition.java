package de.kreativland.transfer.metrics;

import de.kreativland.transfer.common.ETags;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An indicator: what is counted, how it adds up over time and where its figures come from")
public record IndicatorDefinition(
        @Schema(required = true, example = "actors_reached", maxLength = 63, pattern = IndicatorKeys.PATTERN) String key,
        @Schema(required = true, example = "Erreichte AkteurInnen", maxLength = 200) String nameDe,
        @Schema(required = true, example = "Actors reached", maxLength = 200) String nameEn,
        @Schema(required = true, maxLength = 2000) String definition,
        @Schema(required = true, example = "Personen", maxLength = 40) String unit,
        @Schema(required = true) IndicatorKind kind,
        @Schema(required = true) IndicatorCategory category,
        @Schema(required = true) ImpactLevel impactLevel,
        @Schema(required = true) IndicatorSource source,
        @Schema(description = "For DERIVED indicators: the records it is computed from") Derivation derivation,
        @Schema(required = true, description = "Shown in the public report (for LOCKED periods only)") boolean isPublic,
        @Schema(required = true, description = "Order in reports", minimum = "0", maximum = "10000") int position,
        @Schema(required = true, minimum = "0", maximum = ETags.MAX_VERSION) long version) {

    static IndicatorDefinition of(Indicator i) {
        return new IndicatorDefinition(i.key, i.nameDe, i.nameEn, i.definition, i.unit, i.kind, i.category, i.impactLevel,
                i.source, i.derivation, i.isPublic, i.position, i.version);
    }
}
