package de.kreativland.transfer.common;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a resource method as deprecated and names the day it may be removed (see the README's
 * versioning and deprecation policy). From this one place the contract marks the operation
 * {@code deprecated: true} and documents the headers (RetiringOperationsFilter), and every response
 * carries {@code Deprecation} (RFC 9745), {@code Sunset} (RFC 8594) and {@code Link} headers
 * (RetiringHeaders). The method needs an explicit {@code @Operation(operationId = …)}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Retiring {
    /** Day of the deprecation, ISO 8601 ({@code 2027-01-31}). */
    String deprecatedOn();

    /** First day the operation may be gone, ISO 8601; at least six months after {@link #deprecatedOn()}. */
    String sunsetOn();

    /** URI reference of what replaces it, e.g. {@code /api/v1/partners} (Link rel="successor-version"). */
    String successor() default "";

    /** URL of a page explaining the change (Link rel="deprecation"). */
    String info() default "";
}
