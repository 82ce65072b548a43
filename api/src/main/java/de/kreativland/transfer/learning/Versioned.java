package de.kreativland.transfer.learning;

import de.kreativland.transfer.common.ETags;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestResponse;

/** A representation with the @Version it was read at, for the ETag. */
record Versioned<T>(T body, long version) {

    RestResponse<T> ok() {
        return RestResponse.ResponseBuilder.ok(body).tag(ETags.of(version)).build();
    }

    /** 201 with the Location of the new resource below the request's path. */
    RestResponse<T> created(UriInfo uri, UUID id) {
        return RestResponse.ResponseBuilder.<T>created(uri.getAbsolutePathBuilder().path(id.toString()).build())
                .entity(body).tag(ETags.of(version)).build();
    }
}
