package de.kreativland.transfer.common;

import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestResponse;

/** 200 and 201 answers that carry the representation's version as ETag (and, for 201, the new resource's Location). */
public final class VersionedResponses {
    private VersionedResponses() {
    }

    public static <T> RestResponse<T> ok(T body, long version) {
        return RestResponse.ResponseBuilder.ok(body).tag(ETags.of(version)).build();
    }

    public static <T> RestResponse<T> ok(Versioned<T> versioned) {
        return ok(versioned.body(), versioned.version());
    }

    /** 201 with the Location of the new resource {@code id} below the request's path. */
    public static <T> RestResponse<T> created(UriInfo uri, Object id, T body, long version) {
        return RestResponse.ResponseBuilder.<T>created(uri.getAbsolutePathBuilder().path(id.toString()).build())
                .entity(body).tag(ETags.of(version)).build();
    }

    public static <T> RestResponse<T> created(UriInfo uri, Object id, Versioned<T> versioned) {
        return created(uri, id, versioned.body(), versioned.version());
    }
}
