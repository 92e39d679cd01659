package org.statcommons;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Repository;
import org.springframework.web.bind.annotation.RestController;

/**
 * The naming convention of docs/architecture.md ("Names: a class's role from its name alone"), held for every main
 * class: SQL only in plural-noun {@code @Repository} data access, controllers and APIs named by their role, no
 * names that say nothing ({@code …Service}, {@code …Manager}, {@code …Helper}, {@code …Util(s)}, {@code …Impl}),
 * and "Pages" only for knowledge pages.
 */
class NamingConventionTests {

    /** Data access whose plural is not at the end of its name. */
    private static final Set<String> PLURALS_INSIDE = Set.of("org.statcommons.community.CodesOfConduct");

    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                // the build's ahead-of-time code (process-aot: Thing__BeanDefinitions, …$$SpringCGLIB$$0) is
                // Spring's, not ours, and names no role
                .withImportOption(location -> !location.contains("__") && !location.contains("$$SpringCGLIB$$"))
                .importPackages("org.statcommons");
    }

    @Test
    void onlyPluralNounRepositoriesUseJdbc() {
        classes()
                .that(useJdbc())
                .should(beDataAccess())
                .because("SQL lives only in a feature's data-access classes")
                .check(main);
    }

    @Test
    void repositoriesArePluralNouns() {
        classes()
                .that()
                .areAnnotatedWith(Repository.class)
                .and(DescribedPredicate.describe(
                        "are not " + PLURALS_INSIDE, (JavaClass c) -> !PLURALS_INSIDE.contains(c.getName())))
                .should()
                .haveSimpleNameEndingWith("s")
                .because("data access is named by the plural of what it stores")
                .check(main);
    }

    @Test
    void controllersAndApisSayWhichTheyAre() {
        classes()
                .that()
                .areAnnotatedWith(Controller.class)
                .should()
                .haveSimpleNameEndingWith("Controller")
                .because("a screen's controller is a …Controller")
                .check(main);
        classes()
                .that()
                .areAnnotatedWith(RestController.class)
                .should()
                .haveSimpleNameEndingWith("Api")
                .because("a JSON endpoint is an …Api")
                .check(main);
    }

    @Test
    void noNamesThatSayNothing() {
        noClasses()
                .should()
                .haveNameMatching(".*(Service|Manager|Helper|Utils?|Impl)(\\$.*)?")
                .because("a use case is a verb phrase, a technical component an …er")
                .check(main);
    }

    @Test
    void pagesAreKnowledgePagesOnly() {
        noClasses()
                .that()
                .resideOutsideOfPackage("org.statcommons.content..")
                .should()
                .haveSimpleNameEndingWith("Pages")
                .because("\"Page\" means a knowledge page; web screens are not Pages")
                .check(main);
    }

    private static DescribedPredicate<JavaClass> useJdbc() {
        return DescribedPredicate.describe(
                "use JdbcClient, JdbcTemplate or NamedParameterJdbcTemplate",
                (JavaClass c) -> c.getDirectDependenciesFromSelf().stream()
                        .anyMatch(d -> d.getTargetClass().isEquivalentTo(JdbcClient.class)
                                || d.getTargetClass().isEquivalentTo(JdbcTemplate.class)
                                || d.getTargetClass().isEquivalentTo(NamedParameterJdbcTemplate.class)));
    }

    /** The class, or the class it is nested in (a row mapper, a lambda), is a plural-noun repository. */
    private static ArchCondition<JavaClass> beDataAccess() {
        return new ArchCondition<>("be a plural-noun @Repository") {
            @Override
            public void check(JavaClass c, ConditionEvents events) {
                JavaClass top = c;
                while (top.getEnclosingClass().isPresent()) {
                    top = top.getEnclosingClass().get();
                }
                boolean repository = top.isAnnotatedWith(Repository.class)
                        && (top.getSimpleName().endsWith("s") || PLURALS_INSIDE.contains(top.getName()));
                if (!repository) {
                    events.add(SimpleConditionEvent.violated(
                            c,
                            c.getName() + " uses JDBC but is not a plural-noun @Repository"
                                    + (top.isAnnotatedWith(Repository.class) ? "" : " (it is not a @Repository)")));
                }
            }
        };
    }
}
