package org.throughcare.shared;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A telephone number as people write it: digits, spaces, +, - and brackets, at most 40 characters. */
@Pattern(regexp = "[0-9 +()\\-]*")
@Size(max = 40)
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface Phone {

    String message() default "{validation.phone}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
