package de.kreativland.transfer.metrics;

import de.kreativland.transfer.common.GermanState;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Figures of every visible indicator for a date range and scope, with the previous range of equal length, "
        + "targets, breakdowns and a time series, and the narrative sections of the range. FLOW figures are the sum of what falls "
        + "in the range; a value covering days outside it counts pro rata by days and is flagged partial. STOCK figures are the "
        + "latest value on or before the last day, per scope, summed over scopes.")
public record OutreachReport(
        @Schema(required = true) LocalDate from,
        @Schema(required = true, description = "Last day, inclusive") LocalDate to,
        @Schema(required = true, description = "First day of the previous range of equal length") LocalDate previousFrom,
        @Schema(required = true) LocalDate previousTo,
        @Schema(required = true) ReportInterval interval,
        UUID scopeId,
        GermanState state,
        @Schema(required = true, description = "Only public indicators and figures inside LOCKED periods (anonymous callers and integrations)") boolean publishedOnly,
        @Schema(required = true, maxItems = OutreachReportService.MAX_INDICATORS) List<IndicatorFigures> indicators,
        @Schema(required = true, maxItems = OutreachReportService.MAX_NARRATIVES) List<ReportNarrativeDetail> narratives) {

    @Schema(name = "ReportIndicatorFigures", description = "One indicator's figures in the report")
    public record IndicatorFigures(
            @Schema(required = true, maxLength = 63, pattern = IndicatorKeys.PATTERN) String key,
            @Schema(required = true, maxLength = 200) String nameDe,
            @Schema(required = true, maxLength = 200) String nameEn,
            @Schema(required = true, maxLength = 40) String unit,
            @Schema(required = true) IndicatorKind kind,
            @Schema(required = true) IndicatorCategory category,
            @Schema(required = true) ImpactLevel impactLevel,
            @Schema(required = true) IndicatorSource source,
            @Schema(required = true, description = "Whether the indicator counts whole things (persons, events, locations): its figures "
                    + "are then whole numbers, rounded half up where a FLOW value was counted pro rata; else they have two decimals") boolean wholeNumbers,
            @Schema(required = true, description = "The figure for the range. A range inside a LOCKED period has its final figure, the same "
                    + "in every view") BigDecimal value,
            @Schema(required = true, description = "Some FLOW value covers days outside the range and was counted pro rata") boolean partial,
            @Schema(description = "Full view of a range inside a LOCKED period only: what records that are not part of a locked period "
                    + "(e.g. entered later, or reaching beyond it) would add; absent when nothing") BigDecimal pendingValue,
            @Schema(required = true, description = "Whether any record falls in the previous range; without one there is nothing to compare")
            boolean previousRecorded,
            @Schema(required = true) BigDecimal previousValue,
            @Schema(required = true) boolean previousPartial,
            @Schema(description = "Sum of the baselines of the reporting periods inside the range (STOCK: the last such period), for the scopes in the report") BigDecimal baseline,
            @Schema(description = "Sum of the targets, as for the baseline") BigDecimal target,
            @Schema(description = "value / target, to four decimals (1 = target met)") BigDecimal attainment,
            @Schema(required = true, description = "The first " + OutreachReportService.MAX_BREAKDOWN + " scopes by state, kind and name",
                    maxItems = OutreachReportService.MAX_BREAKDOWN) List<ScopeFigure> byScope,
            @Schema(required = true, maxItems = 16) List<StateFigure> byState,
            @Schema(required = true, description = "By the town of the record (FLOW) or of the scope (STOCK); figures without a town are left out; the first "
                    + OutreachReportService.MAX_BREAKDOWN + " by name", maxItems = OutreachReportService.MAX_BREAKDOWN) List<TownFigure> byTown,
            @Schema(required = true, maxItems = OutreachReportService.MAX_SERIES) List<SeriesPoint> series) {
    }

    @Schema(name = "ReportScopeFigure", description = "An indicator's figure for one scope")
    public record ScopeFigure(
            @Schema(required = true) UUID scopeId,
            @Schema(required = true, maxLength = 200) String name,
            @Schema(required = true) ScopeKind kind,
            @Schema(maxLength = 100) String town,
            @Schema(required = true) GermanState state,
            @Schema(required = true) BigDecimal value,
            @Schema(required = true) boolean partial,
            @Schema(nullable = true, description = "Latitude of the scope's place (WGS 84, five decimals), with longitude; absent when "
                    + "the scope has no position", minimum = "-90", maximum = "90") BigDecimal latitude,
            @Schema(nullable = true, description = "Longitude of the scope's place (WGS 84, five decimals), with latitude; absent when "
                    + "the scope has no position", minimum = "-180", maximum = "180") BigDecimal longitude) {
    }

    @Schema(name = "ReportStateFigure", description = "An indicator's figure for one state")
    public record StateFigure(
            @Schema(required = true) GermanState state,
            @Schema(required = true) BigDecimal value,
            @Schema(required = true) boolean partial) {
    }

    @Schema(name = "ReportTownFigure", description = "An indicator's figure for one town")
    public record TownFigure(
            @Schema(required = true, maxLength = 100) String town,
            @Schema(required = true) BigDecimal value,
            @Schema(required = true) boolean partial) {
    }

    @Schema(name = "ReportSeriesPoint", description = "An indicator's figure for one week, month or quarter, cut to the range")
    public record SeriesPoint(
            @Schema(required = true) LocalDate from,
            @Schema(required = true) LocalDate to,
            @Schema(required = true) BigDecimal value,
            @Schema(required = true) boolean partial) {
    }
}
