package de.kreativland.transfer.partner;

import de.kreativland.transfer.common.GermanState;
import de.kreativland.transfer.common.ProgrammeRole;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "GeoJSON FeatureCollection (RFC 7946) of the partners that have coordinates")
public record PartnerMap(
        @Schema(required = true, enumeration = "FeatureCollection") String type,
        @Schema(required = true, maxItems = OrganisationService.MAP_LIMIT) List<Feature> features) {

    public PartnerMap(List<Feature> features) {
        this("FeatureCollection", features);
    }

    @Schema(name = "PartnerFeature", description = "GeoJSON Feature: one partner as a point")
    public record Feature(
            @Schema(required = true, enumeration = "Feature") String type,
            @Schema(required = true) UUID id,
            @Schema(required = true) Point geometry,
            @Schema(required = true) Properties properties) {
    }

    @Schema(name = "PartnerPoint", description = "GeoJSON Point: [longitude, latitude]")
    public record Point(
            @Schema(required = true, enumeration = "Point") String type,
            @Schema(required = true, minItems = 2, maxItems = 2) List<Double> coordinates) {
    }

    @Schema(name = "PartnerFeatureProperties")
    public record Properties(
            @Schema(required = true, maxLength = 200) String name,
            @Schema(required = true, maxLength = 120) String town,
            @Schema(required = true) GermanState state,
            @Schema(nullable = true) ProgrammeRole programmeRole) {
    }
}
