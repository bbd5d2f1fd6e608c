package org.scriptorium.app;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.scriptorium.core.Studio;
import org.scriptorium.core.drafts.DraftService;
import org.scriptorium.core.store.Database;

import java.util.regex.Pattern;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.ACCESS_STANDARD_STREAMS;
import static org.assertj.core.api.Assertions.assertThat;

/** The module rules of ARCHITECTURE.md, checked on the compiled classes of every module on the class path. */
class ArchitectureTest {
    private static final String CORE = "org.scriptorium.core..";
    private static final String APP = "org.scriptorium.app..";
    private static final String PUBLISHERS = "org.scriptorium.publishers..";

    private static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        classes = new ClassFileImporter()
                .withImportOption(new ProductionCodeOnly())
                .importPackages("org.scriptorium");
    }

    @Test
    void theRulesSeeTheProductionClassesOfCoreAndApp() {
        // Without this a broken import would make every rule below pass on nothing.
        assertThat(classes.contain(Studio.class)).isTrue();
        assertThat(classes.contain(DraftService.class)).isTrue();
        assertThat(classes.contain(Database.class)).isTrue();
        assertThat(classes.contain(Launcher.class)).isTrue();
        assertThat(classes.stream().filter(c -> c.getPackageName().startsWith("org.scriptorium.core")).count()).isGreaterThan(20);
        assertThat(classes.stream().map(JavaClass::getSimpleName)).doesNotContain("ArchitectureTest", "CrashSafetyTest", "TestStudios");
    }

    @Test
    void coreNeverUsesJavaFx() {
        noClasses().that().resideInAPackage(CORE)
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .because("core runs headless as the CLI and as a sync worker")
                .check(classes);
    }

    @Test
    void coreKnowsNothingOfTheAppOrThePublishers() {
        noClasses().that().resideInAPackage(CORE)
                .should().dependOnClassesThat().resideInAnyPackage(APP, PUBLISHERS)
                .because("publishers plug into core through its SPI, and the app sits on top of both")
                .check(classes);
    }

    @Test
    void publishersNeverReachIntoTheApp() {
        noClasses().that().resideInAPackage(PUBLISHERS)
                .should().dependOnClassesThat().resideInAnyPackage(APP, "javafx..")
                .check(classes);
    }

    @Test
    void coreLogsThroughSlf4jRatherThanTheStandardStreams() {
        noClasses().that().resideInAPackage(CORE)
                .should(ACCESS_STANDARD_STREAMS)
                .because("the CLI's stdout carries results and its stderr one clear message; core logs with SLF4J")
                .check(classes);
    }

    /**
     * Leaves out test classes: those in test output folders (ArchUnit's own option) and those packed
     * into test jars, as core's test fixtures reach this module.
     */
    private static final class ProductionCodeOnly implements ImportOption {
        private static final Pattern TEST_JAR = Pattern.compile(".*-tests\\.jar!/.*");
        private final ImportOption testFolders = new ImportOption.DoNotIncludeTests();

        @Override
        public boolean includes(Location location) {
            return testFolders.includes(location) && !location.matches(TEST_JAR);
        }
    }
}
