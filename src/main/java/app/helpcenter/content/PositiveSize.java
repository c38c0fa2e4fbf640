package app.helpcenter.content;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import org.springframework.util.unit.DataSize;

/** A {@link DataSize} setting must be more than 0 bytes. */
@Documented
@Constraint(validatedBy = PositiveSize.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
public @interface PositiveSize {

	String message() default "must be more than 0 bytes";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Checks the size; a missing value is left to {@code @NotNull}. */
	class Validator implements ConstraintValidator<PositiveSize, DataSize> {

		@Override
		public boolean isValid(DataSize value, ConstraintValidatorContext context) {
			return value == null || value.toBytes() > 0;
		}

	}

}
