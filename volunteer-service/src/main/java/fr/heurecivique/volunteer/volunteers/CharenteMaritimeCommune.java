package fr.heurecivique.volunteer.volunteers;

import fr.heurecivique.referencedata.CharenteMaritimeCommunes;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The INSEE code of a current commune of Charente-Maritime. {@code null} or blank is left to {@code @NotBlank}. */
@Documented
@Constraint(validatedBy = CharenteMaritimeCommune.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
public @interface CharenteMaritimeCommune {

    String message() default "doit être le code INSEE d’une commune de Charente-Maritime, par exemple 17300 pour La Rochelle";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<CharenteMaritimeCommune, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || value.isBlank() || CharenteMaritimeCommunes.get().contains(value.strip());
        }
    }
}
