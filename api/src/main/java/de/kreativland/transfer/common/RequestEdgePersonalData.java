package de.kreativland.transfer.common;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * The HTTP edge's own tables: rate-limit buckets (keyed by client, no person's data) and stored answers of
 * idempotent POSTs, which expire after 24 hours ({@link Idempotency}); neither names a person in a column that an
 * export or erasure could follow, so both are declared with no person columns.
 */
@ApplicationScoped
public class RequestEdgePersonalData extends OwnPersonalTables {
    static final List<PersonalTable> TABLES = List.of(PersonalTable.kept("idempotency_key", List.of()),
            PersonalTable.kept("rate_limit_bucket", List.of()));

    @Override
    public List<PersonalTable> personalTables() {
        return TABLES;
    }
}
