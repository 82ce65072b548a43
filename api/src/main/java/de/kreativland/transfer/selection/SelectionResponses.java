package de.kreativland.transfer.selection;

/** Descriptions shared by the selection endpoints' contract. */
final class SelectionResponses {
    static final String ETAG = "Version of the resource; send it as If-Match to change it";
    static final String LOCATION = "URL of the created resource";
    static final String IF_MATCH = "The ETag last read; required to change an existing resource";
    static final String PRECONDITION_FAILED = "If-Match names an older version: reload and apply the change again";
    static final String PRECONDITION_REQUIRED = "If-Match is missing";

    private SelectionResponses() {
    }
}
