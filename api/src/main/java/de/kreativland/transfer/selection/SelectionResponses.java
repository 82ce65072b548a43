package de.kreativland.transfer.selection;

/** Descriptions shared by the selection endpoints' contract. */
final class SelectionResponses {
    static final String IF_MATCH = "The ETag last read; required to change an existing resource";

    private SelectionResponses() {
    }
}
