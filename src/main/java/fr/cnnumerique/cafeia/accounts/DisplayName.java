package fr.cnnumerique.cafeia.accounts;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A name shown to others: present, at most 80 characters, with at least one letter or
 * digit and no control or invisible formatting character (zero-width spaces, direction
 * overrides), which could hide a name or spoof another in mails.
 */
@NotBlank(message = "{accounts.name.required}")
@Size(max = 80, message = "{accounts.name.too-long}")
@Pattern(regexp = "\\s*|(?=.*[\\p{L}\\p{N}])[^\\p{Cc}\\p{Cf}]*", message = "{accounts.name.invalid}")
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = {})
@Documented
@interface DisplayName {

	String message() default "";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
