package fr.heurecivique.commune.needs;

import fr.heurecivique.contracts.vocabulary.KindOfHelp;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A code of the {@link KindOfHelp} catalogue. Validated as text rather than bound to the enum, so that an unknown
 * kind is reported with the request's other bad fields. {@code null} is left to {@code @NotBlank}.
 */
@Documented
@Constraint(validatedBy = KnownKindOfHelp.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
@interface KnownKindOfHelp {

    String message() default "doit être un type d’aide du catalogue : VISITS, SHOPPING, LIFTS, DIGITAL, PAPERWORK, DIY, GARDENING, EVENTS, ANIMALS ou OTHER";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<KnownKindOfHelp, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || value.isBlank() || KindOfHelp.isKnown(value);
        }
    }
}
