package de.kreativland.transfer.metrics;

import static de.kreativland.transfer.common.PersonColumns.actor;

import de.kreativland.transfer.common.OwnPersonalTables;
import de.kreativland.transfer.common.PersonalTable;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Figures never name people; who entered or changed them becomes the pseudonym, so reports stay as they were. */
@ApplicationScoped
public class MetricsPersonalData extends OwnPersonalTables {
    static final List<PersonalTable> TABLES = List.of(
            PersonalTable.kept("indicator", stamped(), "name_de", "name_en"),
            PersonalTable.kept("metric_scope", stamped(), "name"),
            PersonalTable.kept("reporting_period", stamped(actor("submitted_by")), "name"),
            PersonalTable.kept("measurement", List.of(actor("entered_by"))),
            PersonalTable.kept("metric_event", stamped()),
            PersonalTable.kept("network_initiative", stamped(), "name"),
            PersonalTable.kept("indicator_target", stamped()),
            PersonalTable.kept("report_narrative", stamped()));

    @Override
    public List<PersonalTable> personalTables() {
        return TABLES;
    }
}
