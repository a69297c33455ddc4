package fr.cnnumerique.cafeia;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The Café IA portal: one Spring Boot application, modules as packages (see
 * {@code docs/modules}).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class CafeIaApplication {

	public static void main(String[] args) {
		SpringApplication.run(CafeIaApplication.class, args);
	}

}
