package de.kreativland.transfer.common;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.util.List;

/** Rows of a spreadsheet file, written as they come (streamed): text, numbers, yes/no and empty cells. */
public interface SpreadsheetWriter extends Closeable, Flushable {
    /** A column: its machine name and the heading people read. */
    record Column(String key, String german) {
    }

    /** One row; each value a String, Number, Boolean or null (an empty cell). */
    void row(List<?> values) throws IOException;
}
