package de.kreativland.transfer.metrics;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An indicator: what is counted, how it adds up over time and where its figures come from")
public record IndicatorDefinition(
        @Schema(required = true, example = "actors_reached") String key,
        @Schema(required = true, example = "Erreichte AkteurInnen") String nameDe,
        @Schema(required = true, example = "Actors reached") String nameEn,
        @Schema(required = true) String definition,
        @Schema(required = true, example = "Personen") String unit,
        @Schema(required = true) IndicatorKind kind,
        @Schema(required = true) IndicatorCategory category,
        @Schema(required = true) ImpactLevel impactLevel,
        @Schema(required = true) IndicatorSource source,
        @Schema(description = "For DERIVED indicators: the records it is computed from") Derivation derivation,
        @Schema(required = true, description = "Shown in the public report (for LOCKED periods only)") boolean isPublic,
        @Schema(required = true, description = "Order in reports") int position,
        @Schema(required = true) long version) {

    static IndicatorDefinition of(Indicator i) {
        return new IndicatorDefinition(i.key, i.nameDe, i.nameEn, i.definition, i.unit, i.kind, i.category, i.impactLevel,
                i.source, i.derivation, i.isPublic, i.position, i.version);
    }
}
