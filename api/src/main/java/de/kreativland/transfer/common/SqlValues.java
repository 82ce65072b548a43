package de.kreativland.transfer.common;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Column values of native query rows ({@code Object[]}) as the Java types the DTOs use, whichever type the driver chose. */
public final class SqlValues {
    private SqlValues() {
    }

    /** A {@code timestamptz} column; null stays null. */
    public static OffsetDateTime timestamp(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime odt) {
            return odt;
        }
        if (value instanceof Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
        if (value instanceof java.sql.Timestamp ts) {
            return ts.toInstant().atOffset(ZoneOffset.UTC);
        }
        throw new IllegalStateException("unexpected timestamp type " + value.getClass());
    }

    /** A {@code date} column; null stays null. */
    public static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof LocalDate d) {
            return d;
        }
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        throw new IllegalStateException("unexpected date type " + value.getClass());
    }
}
