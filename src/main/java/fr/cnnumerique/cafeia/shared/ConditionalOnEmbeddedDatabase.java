package fr.cnnumerique.cafeia.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Conditional;

/**
 * Registers a bean only when the portal runs on its own embedded PostgreSQL, that is when
 * {@code spring.datasource.url} is not set. Development helpers (demo data, the dev
 * mailbox) use it so they never exist against an external database.
 */
@Target({ ElementType.TYPE, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Conditional(OnEmbeddedDatabaseCondition.class)
public @interface ConditionalOnEmbeddedDatabase {

}
