package de.kreativland.transfer.coach;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An expertise topic's names, order and archive flag; the key stays")
public record ExpertiseTopicUpdateInput(
        @Schema(required = true, maxLength = 200) @NotBlank @Size(max = 200) String nameDe,
        @Schema(required = true, maxLength = 200) @NotBlank @Size(max = 200) String nameEn,
        @Schema(required = true, minimum = "0", maximum = "1000") @NotNull @Min(0) @Max(1000) Integer position,
        @Schema(required = true, description = "Archive (true) or bring back (false)") @NotNull Boolean archived) {
}
