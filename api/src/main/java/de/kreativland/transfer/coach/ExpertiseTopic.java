package de.kreativland.transfer.coach;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A topic coaches advise on")
public record ExpertiseTopic(
        @Schema(required = true, example = "FINANCING") String key,
        @Schema(required = true, example = "Finanzierung") String nameDe,
        @Schema(required = true, example = "Financing") String nameEn,
        @Schema(required = true, description = "Display order") int position) {
}
