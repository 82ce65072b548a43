package de.kreativland.transfer.partner;

import de.kreativland.transfer.common.GermanState;
import de.kreativland.transfer.common.ProgrammeRole;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An organisation as created or saved. Partner users may not change programmeRole.")
public record OrganisationInput(
        @NotBlank @Size(max = 200) @Schema(required = true) String name,
        @Size(max = 60) @Schema(nullable = true) String legalForm,
        @NotNull @Schema(required = true) OrganisationKind kind,
        @NotNull @Size(max = 12) @Schema(required = true) List<@NotNull Submarket> submarkets,
        @Schema(nullable = true) SettlementType settlementType,
        @Size(max = 200) @Schema(nullable = true) String street,
        @Size(max = 5) @Pattern(regexp = "[0-9]{5}", message = "{kl.partner.postal-code}") @Schema(nullable = true) String postalCode,
        @NotBlank @Size(max = 120) @Schema(required = true) String town,
        @Size(max = 120) @Schema(nullable = true) String municipality,
        @Size(max = 120) @Schema(nullable = true) String district,
        @NotNull @Schema(required = true) GermanState state,
        @DecimalMin("47.0") @DecimalMax("55.1") @Schema(nullable = true) Double latitude,
        @DecimalMin("5.8") @DecimalMax("15.1") @Schema(nullable = true) Double longitude,
        @Min(1800) @Max(2100) @Schema(nullable = true) Integer foundingYear,
        @Min(0) @Max(100000) @Schema(nullable = true) Integer teamSize,
        @Size(max = 500) @Pattern(regexp = "https?://\\S+", message = "{kl.partner.website}") @Schema(nullable = true) String website,
        @Size(max = 500) @Schema(nullable = true) String summary,
        @Size(max = 20000) @Schema(nullable = true) String description,
        @Size(max = 6) @Schema(nullable = true, description = "Expertise topic keys the organisation asks for") List<@NotNull @Size(max = 40) @Pattern(regexp = "^[A-Z_]{1,40}$") String> requestedTopics,
        @Schema(nullable = true) ProgrammeRole programmeRole) {
}
