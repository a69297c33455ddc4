package fr.cnnumerique.cafeia;

import java.util.Optional;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

/**
 * The house rules of HOUSE_STYLE.md that the compiler does not check.
 */
class ArchitectureTests {

	private static final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("fr.cnnumerique.cafeia");

	@Test
	void controllersAreNotPublic() {
		classes().that()
			.areAnnotatedWith(Controller.class)
			.or()
			.areAnnotatedWith(RestController.class)
			.should()
			.notBePublic()
			.check(classes);
	}

	@Test
	void entitiesAreNotPublic() {
		classes().that().areAnnotatedWith(Entity.class).should().notBePublic().allowEmptyShould(true).check(classes);
	}

	@Test
	void noFieldInjection() {
		noFields().should().beAnnotatedWith(Autowired.class).check(classes);
	}

	@Test
	void controllersAreNotTransactional() {
		noClasses().that()
			.areAnnotatedWith(Controller.class)
			.or()
			.areAnnotatedWith(RestController.class)
			.should()
			.beAnnotatedWith(Transactional.class)
			.check(classes);
		noMethods().that()
			.areDeclaredInClassesThat()
			.areAnnotatedWith(Controller.class)
			.should()
			.beAnnotatedWith(Transactional.class)
			.allowEmptyShould(true)
			.check(classes);
	}

	@Test
	void singleResultFindersReturnOptional() {
		methods().that()
			.areDeclaredInClassesThat()
			.areAssignableTo(Repository.class)
			.and()
			.haveNameMatching("findBy.*|findFirst.*|findOneBy.*")
			.should(returnOptionalOrCollection())
			.allowEmptyShould(true)
			.check(classes);
	}

	private static ArchCondition<JavaMethod> returnOptionalOrCollection() {
		return new ArchCondition<>("return Optional, a collection, a page or a stream") {

			@Override
			public void check(JavaMethod method, ConditionEvents events) {
				Class<?> type = method.getRawReturnType().reflect();
				boolean ok = Optional.class.equals(type) || Iterable.class.isAssignableFrom(type)
						|| java.util.stream.Stream.class.isAssignableFrom(type)
						|| org.springframework.data.domain.Slice.class.isAssignableFrom(type) || type.isPrimitive()
						|| Number.class.isAssignableFrom(type) || Boolean.class.equals(type);
				if (!ok) {
					events.add(SimpleConditionEvent.violated(method,
							method.getFullName() + " returns " + type.getSimpleName() + ", not Optional"));
				}
			}

		};
	}

}
