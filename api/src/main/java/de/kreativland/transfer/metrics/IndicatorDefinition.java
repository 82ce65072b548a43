package de.kreativland.transfer.metrics;

import de.kreativland.transfer.common.GermanState;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
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
