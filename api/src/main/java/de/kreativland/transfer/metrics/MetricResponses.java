package de.kreativland.transfer.metrics;

import de.kreativland.transfer.common.ETags;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestResponse;

/** 200 and 201 responses that carry the representation's version as ETag. */
final class MetricResponses {
    static final String TAG = "Outreach metrics";

    private MetricResponses() {
    }

    static <T> RestResponse<T> ok(T body, long version) {
        return RestResponse.ResponseBuilder.ok(body).tag(ETags.of(version)).build();
    }

    /** 201 with the Location of the new resource below the request's path. */
    static <T> RestResponse<T> created(UriInfo uri, Object id, T body, long version) {
        return RestResponse.ResponseBuilder.<T>created(uri.getAbsolutePathBuilder().path(id.toString()).build())
                .entity(body).tag(ETags.of(version)).build();
    }
}
