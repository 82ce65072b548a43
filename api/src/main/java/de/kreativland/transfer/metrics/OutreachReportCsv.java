package de.kreativland.transfer.metrics;

import de.kreativland.transfer.common.SpreadsheetFormat;
import de.kreativland.transfer.common.SpreadsheetWriter;
import de.kreativland.transfer.common.SpreadsheetWriter.Column;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The report's figures as a spreadsheet ({@link SpreadsheetFormat}): one row per figure: the TOTAL per indicator,
 * then its SCOPE, STATE and TOWN breakdowns and its series (breakdown WEEK, MONTH or QUARTER). Narratives are not
 * part of it.
 */
final class OutreachReportCsv {
    static final List<Column> COLUMNS = List.of(new Column("indicator", "Kennzahl"), new Column("nameDe", "Name"),
            new Column("nameEn", "Name (englisch)"), new Column("unit", "Einheit"), new Column("kind", "Art"),
            new Column("breakdown", "Aufschlüsselung"), new Column("label", "Bezeichnung"), new Column("state", "Bundesland"),
            new Column("from", "Von"), new Column("to", "Bis"), new Column("value", "Wert"), new Column("partial", "Anteilig gezählt"),
            new Column("previousValue", "Vorzeitraum"), new Column("baseline", "Ausgangswert"), new Column("target", "Zielwert"),
            new Column("attainment", "Zielerreichung"));

    private OutreachReportCsv() {
    }

    static StreamingOutput of(OutreachReport report, SpreadsheetFormat format) {
        return output -> {
            try (SpreadsheetWriter csv = format.open(output, "Reichweite", COLUMNS)) {
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

    private static void row(SpreadsheetWriter csv, OutreachReport.IndicatorFigures f, Object... rest) throws IOException {
        List<Object> values = new ArrayList<>(List.of(f.key(), f.nameDe(), f.nameEn(), f.unit(), f.kind()));
        values.addAll(Arrays.asList(rest));
        csv.row(values.stream().map(value -> value == null || value instanceof Number || value instanceof Boolean ? value : value.toString())
                .toList());
    }
}
