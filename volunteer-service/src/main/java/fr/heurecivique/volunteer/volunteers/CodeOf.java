package fr.heurecivique.volunteer.volunteers;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * A code of one of the platform's catalogues (an enum: kinds of help, modes, days…), e.g. {@code SHOPPING}. The
 * message lists the accepted codes. {@code null} is left to {@code @NotNull}.
 */
@Documented
@Constraint(validatedBy = CodeOf.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface CodeOf {

    Class<? extends Enum<?>> value();

    String message() default "valeur inconnue";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<CodeOf, String> {

        private Enum<?>[] codes;

        @Override
        public void initialize(CodeOf annotation) {
            codes = annotation.value().getEnumConstants();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || Arrays.stream(codes).anyMatch(code -> code.name().equals(value))) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate("doit être l’une des valeurs : "
                    + Arrays.stream(codes).map(Enum::name).collect(Collectors.joining(", "))).addConstraintViolation();
            return false;
        }
    }
}
