package de.kreativland.transfer.metrics;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A scope's name, town, position and archive flag; kind, state, organisation and dates stay")
public record MetricScopeUpdateInput(
        @Schema(required = true, maxLength = 200) @NotBlank @Size(max = 200) String name,
        @Schema(nullable = true, maxLength = 100) @Size(min = 1, max = 100) String town,
        @Schema(nullable = true, description = "Latitude (WGS 84), together with longitude", minimum = "-90", maximum = "90")
        @DecimalMin("-90") @DecimalMax("90") @Digits(integer = 3, fraction = 5) BigDecimal latitude,
        @Schema(nullable = true, description = "Longitude (WGS 84), together with latitude", minimum = "-180", maximum = "180")
        @DecimalMin("-180") @DecimalMax("180") @Digits(integer = 3, fraction = 5) BigDecimal longitude,
        @Schema(nullable = true, description = "Archive (true) or bring back (false); unchanged when left out") Boolean archived) {
}
