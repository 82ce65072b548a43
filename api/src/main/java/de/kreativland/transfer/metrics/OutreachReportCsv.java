package de.kreativland.transfer.metrics;

import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The report's figures as CSV: UTF-8 with a byte order mark (so that Excel, which otherwise
 * assumes the Windows code page, shows umlauts), a header row, comma-separated, one row per
 * figure: the TOTAL per indicator, then its SCOPE, STATE and TOWN breakdowns and its series
 * (breakdown WEEK, MONTH or QUARTER). Narratives are not part of the CSV.
 */
final class OutreachReportCsv {
    static final List<String> COLUMNS = List.of("indicator", "nameDe", "nameEn", "unit", "kind", "breakdown", "label", "state",
            "from", "to", "value", "partial", "previousValue", "baseline", "target", "attainment");
    static final char BOM = '\uFEFF';

    private OutreachReportCsv() {
    }

    static StreamingOutput of(OutreachReport report) {
        return output -> {
            Writer writer = new OutputStreamWriter(output, StandardCharsets.UTF_8);
            writer.write(BOM);
            CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
            COLUMNS.forEach(schema::addColumn);
            try (CsvGenerator csv = new CsvMapper().getFactory().createGenerator(writer)) {
                csv.setSchema(schema.build());
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

    private static void row(CsvGenerator csv, OutreachReport.IndicatorFigures f, Object... rest) throws IOException {
        List<Object> values = new ArrayList<>(List.of(f.key(), f.nameDe(), f.nameEn(), f.unit(), f.kind()));
        values.addAll(Arrays.asList(rest));
        csv.writeStartArray();
        for (Object value : values) {
            csv.writeString(value == null ? "" : value instanceof java.math.BigDecimal d ? d.toPlainString() : value.toString());
        }
        csv.writeEndArray();
    }
}
