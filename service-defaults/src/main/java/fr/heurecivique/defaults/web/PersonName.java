package fr.heurecivique.defaults.web;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A person's first or last name as the platform accepts it: at most 100 characters, and at least one letter of any
 * alphabet ("Zoé", "N'Diaye", "Lê", not "12" nor "--"), issue 14.11. {@code null} is valid (say {@code @NotBlank}
 * where the name is required), so a partial update may leave it out.
 */
@Documented
@Constraint(validatedBy = {})
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.ANNOTATION_TYPE,
        ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Size(max = 100)
@Pattern(regexp = "(?s).*\\p{L}.*", message = "doit contenir au moins une lettre")
public @interface PersonName {

    String message() default "doit contenir au moins une lettre";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
