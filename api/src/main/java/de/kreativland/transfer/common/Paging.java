package de.kreativland.transfer.common;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The {@code page}, {@code size} and {@code after} query parameters of every list, taken as {@code @BeanParam}. They are checked
 * by {@link #params()} rather than by bean validation, so that an error names the query parameter (bean validation
 * of a bean parameter's field would report it as a body field).
 */
public abstract class Paging {

    @QueryParam("page")
    @DefaultValue("0")
    @Parameter(description = PageParams.PAGE_DESCRIPTION,
            schema = @Schema(type = SchemaType.INTEGER, format = "int32", defaultValue = "0", minimum = "0", maximum = PageParams.MAX_PAGE_VALUE))
    public int page;

    @QueryParam("after")
    @Parameter(description = Keyset.AFTER_DESCRIPTION,
            schema = @Schema(type = SchemaType.STRING, maxLength = Keyset.MAX_LENGTH, pattern = Keyset.PATTERN))
    public String after;

    protected abstract int size();

    /** The page asked for; 400 naming {@code page} or {@code size} when one is out of bounds. */
    public PageParams params() {
        if (page < 0) {
            throw Problems.invalidQuery("page", "common.at-least", 0);
        }
        if (page > PageParams.MAX_PAGE) {
            throw Problems.invalidQuery("page", "common.at-most", PageParams.MAX_PAGE);
        }
        if (size() < 1) {
            throw Problems.invalidQuery("size", "common.at-least", 1);
        }
        if (size() > PageParams.MAX_SIZE) {
            throw Problems.invalidQuery("size", "common.at-most", PageParams.MAX_SIZE);
        }
        String cursor = after == null || after.isBlank() ? null : after.strip();
        if (cursor != null) {
            Keyset.parse(cursor);
            if (page != 0) {
                throw Problems.invalidQuery("after", "common.page-or-after");
            }
        }
        return new PageParams(page, size(), cursor);
    }

    /** Pages of 20 unless {@code size} says otherwise: most lists. */
    public static class Standard extends Paging {
        @QueryParam("size")
        @DefaultValue("20")
        @Parameter(description = PageParams.SIZE_DESCRIPTION,
                schema = @Schema(type = SchemaType.INTEGER, format = "int32", defaultValue = "20", minimum = "1", maximum = PageParams.MAX_SIZE_VALUE))
        public int size;

        @Override
        protected int size() {
            return size;
        }
    }

    /** Pages of 50 unless {@code size} says otherwise: lists read whole on one screen (comments, milestones). */
    public static class Long extends Paging {
        @QueryParam("size")
        @DefaultValue("50")
        @Parameter(description = PageParams.SIZE_DESCRIPTION,
                schema = @Schema(type = SchemaType.INTEGER, format = "int32", defaultValue = "50", minimum = "1", maximum = PageParams.MAX_SIZE_VALUE))
        public int size;

        @Override
        protected int size() {
            return size;
        }
    }
}
