package org.scriptorium.app;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.library.dependencies.Slices;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.scriptorium.core.Studio;
import org.scriptorium.core.drafts.DraftService;
import org.scriptorium.core.drafts.DraftStatus;
import org.scriptorium.core.drafts.DraftSummary;
import org.scriptorium.core.research.sources.PollInterval;
import org.scriptorium.core.store.Database;

import java.util.regex.Pattern;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleName;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/** The module rules of ARCHITECTURE.md, checked on the compiled classes of every module on the class path. */
class ArchitectureTest {
    private static final String CORE = "org.scriptorium.core..";
    private static final String APP = "org.scriptorium.app..";
    private static final String PUBLISHERS = "org.scriptorium.publishers..";
    /** One slice per package of core, sub-packages included. */
    private static final String CORE_SLICES = "org.scriptorium.core.(**)";

    /** The window's pieces: named views and dialogs, and every JavaFX node, but the window's own root, which builds them. */
    private static final DescribedPredicate<JavaClass> VIEWS = resideInAPackage(APP)
            .and(simpleNameEndingWith("View").or(simpleNameEndingWith("Dialog")).or(assignableTo("javafx.scene.Node")))
            .and(not(simpleNameEndingWith("ViewModel")))
            .and(not(simpleName("MainWindow")))
            .as("views");

    /**
     * Core's working objects (services, repositories, engines, clients, the studio): every class of core but the
     * values it hands out (records, enums, exceptions) and helpers without state (a formatter). An interface of core
     * is a seam to a worker (Publisher, SecretStore), so it counts as one.
     */
    private static final DescribedPredicate<JavaClass> CORE_WORKERS = DescribedPredicate.describe(
            "core's services, repositories and engines", c -> c.getPackageName().startsWith("org.scriptorium.core")
                    && !c.isRecord() && !c.isEnum() && !c.isAssignableTo(Throwable.class)
                    && (c.isInterface() || c.getAllFields().stream().anyMatch(f -> !f.getModifiers().contains(JavaModifier.STATIC))));

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
    void theViewRulesTellViewsAndServicesApart() {
        // Without this a predicate matching nothing would make the view rules pass on nothing.
        assertThat(classes.that(VIEWS).stream().map(JavaClass::getSimpleName))
                .contains("DraftsView", "ResearchView", "SourceEditDialog", "PostAlertBar").doesNotContain("DraftsViewModel", "MainWindow");
        assertThat(CORE_WORKERS.test(classes.get(DraftService.class))).isTrue();
        assertThat(CORE_WORKERS.test(classes.get(Studio.class))).isTrue();
        assertThat(CORE_WORKERS.test(classes.get(DraftSummary.class))).isFalse();
        assertThat(CORE_WORKERS.test(classes.get(DraftStatus.class))).isFalse();
        assertThat(CORE_WORKERS.test(classes.get(PollInterval.class))).isFalse();
        assertThat(Slices.matching(CORE_SLICES).transform(classes)).hasSizeGreaterThan(20);
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

    @Test
    void corePackagesDependOnEachOtherWithoutCycles() {
        // Every package is its own slice, sub-packages too (research.feeds apart from research); the root
        // package is left out, as it holds both the composition root and the base types everything uses.
        slices().matching(CORE_SLICES)
                .should().beFreeOfCycles()
                .because("a lower package (store, settings) never imports a feature: each feature hands the store its own entities")
                .check(classes);
    }

    @Test
    void everyEntityOfCoreIsHandedToTheStore() {
        // The store maps only what the features hand it: an entity missing from its feature's list fails at its first query.
        assertThat(classes.that(annotatedWith("jakarta.persistence.Entity")).stream().map(JavaClass::getName))
                .hasSizeGreaterThan(10)
                .containsExactlyInAnyOrderElementsOf(Studio.ENTITIES.stream().map(Class::getName).toList());
    }

    @Test
    void viewsSeeCoreOnlyThroughValues() {
        noClasses().that(VIEWS)
                .should().dependOnClassesThat(CORE_WORKERS)
                .because("views bind to their view model, which calls the services off the FX thread")
                .check(classes);
    }

    @Test
    void viewModelsNeverTouchNodesOrWindows() {
        noClasses().that().resideInAPackage(APP).and().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
                .because("a view model is tested without a window: it exposes properties and plain values, the view draws them")
                .check(classes);
    }

    @Test
    void theControlChannelKnowsNothingOfTheStoreOrTheWindow() {
        noClasses().that().resideInAPackage("org.scriptorium.app.control..")
                .should().dependOnClassesThat().resideInAnyPackage(CORE, "org.hibernate..", "org.flywaydb..", "javafx..")
                .because("a second start asks the running window before anything of the store is loaded, so asking costs milliseconds")
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
