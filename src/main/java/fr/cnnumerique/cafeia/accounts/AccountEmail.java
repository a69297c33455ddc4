package fr.cnnumerique.cafeia.accounts;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * An e-mail address typed in a form: present, well formed with a domain that has a dot,
 * and at most 254 characters (the limit of SMTP).
 */
@NotBlank(message = "{accounts.email.required}")
@Email(regexp = ".+@.+\\..+", message = "{accounts.email.invalid}")
@Size(max = 254, message = "{accounts.email.too-long}")
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = {})
@Documented
@interface AccountEmail {

	String message() default "";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
