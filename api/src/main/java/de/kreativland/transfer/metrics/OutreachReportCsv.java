package de.kreativland.transfer.metrics;

import de.kreativland.transfer.common.SpreadsheetCsv;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The report's figures as CSV ({@link SpreadsheetCsv}): one row per
 * figure: the TOTAL per indicator, then its SCOPE, STATE and TOWN breakdowns and its series
 * (breakdown WEEK, MONTH or QUARTER). Narratives are not part of the CSV.
 */
final class OutreachReportCsv {
    static final List<String> COLUMNS = List.of("indicator", "nameDe", "nameEn", "unit", "kind", "breakdown", "label", "state",
            "from", "to", "value", "partial", "previousValue", "baseline", "target", "attainment");

    private OutreachReportCsv() {
    }

    static StreamingOutput of(OutreachReport report) {
        return output -> {
            try (SpreadsheetCsv csv = SpreadsheetCsv.open(output, COLUMNS)) {
                for (OutreachReport.IndicatorFigures f : report.indicators()) {
                    row(csv, f, "TOTAL", "", null, report.from(), report.to(), f.value(), f.partial(), f.previousValue(), f.baseline(),
                            f.target(), f.attainment());
                    for (OutreachReport.ScopeFigure s : f.byScope()) {
                        row(csv, f, "SCOPE", s.name(), s.state(), report.from(), report.to(), s.value(), s.partial(), null, null, null, null);
                    }
                    for (OutreachReport.StateFigure s : f.byState()) {
                        row(csv, f, "STATE", s.state().name(), s.state(), report.from(), report.to(), s.value(), s.partial(), null, null, null, null);
                    }
                    for (OutreachReport.TownFigure t : f.byTown()) {
                        row(csv, f, "TOWN", t.town(), null, report.from(), report.to(), t.value(), t.partial(), null, null, null, null);
                    }
                    for (OutreachReport.SeriesPoint p : f.series()) {
                        row(csv, f, report.interval().name(), "", null, p.from(), p.to(), p.value(), p.partial(), null, null, null, null);
                    }
                }
            }
        };
    }

    private static void row(SpreadsheetCsv csv, OutreachReport.IndicatorFigures f, Object... rest) throws IOException {
        List<Object> values = new ArrayList<>(List.of(f.key(), f.nameDe(), f.nameEn(), f.unit(), f.kind()));
        values.addAll(Arrays.asList(rest));
        csv.row(values.stream().map(value -> value == null ? null : value instanceof BigDecimal d ? d.toPlainString() : value.toString()).toList());
    }
}
