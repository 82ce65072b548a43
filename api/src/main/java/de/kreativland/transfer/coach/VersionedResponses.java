package de.kreativland.transfer.coach;

import de.kreativland.transfer.common.ETags;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestResponse;

/** 200 and 201 responses that carry the representation's version as ETag. */
final class VersionedResponses {
    private VersionedResponses() {
    }

    static <T> RestResponse<T> ok(Versioned<T> versioned) {
        return RestResponse.ResponseBuilder.ok(versioned.body()).tag(ETags.of(versioned.version())).build();
    }

    /** 201 with the Location of the new resource below the request's path. */
    static <T> RestResponse<T> created(UriInfo uri, UUID id, Versioned<T> versioned) {
        return RestResponse.ResponseBuilder.<T>created(uri.getAbsolutePathBuilder().path(id.toString()).build())
                .entity(versioned.body()).tag(ETags.of(versioned.version())).build();
    }
}
