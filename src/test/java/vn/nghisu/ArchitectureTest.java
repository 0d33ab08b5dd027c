package vn.nghisu;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "vn.nghisu", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainIsPlainJava = noClasses().that().resideInAPackage("vn.nghisu.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.jooq..", "java.sql..", "java.nio.file..",
                    "vn.nghisu.store..", "vn.nghisu.service..", "vn.nghisu.ui..", "vn.nghisu.cli..", "vn.nghisu.app..",
                    "vn.nghisu.minutes..", "vn.nghisu.exchange..")
            .because("the domain holds records and rules only: no UI, no SQL, no I/O (DESIGN.md layers)");

    @ArchTest
    static final ArchRule generatedJooqStaysInStore = noClasses().that().resideOutsideOfPackage("vn.nghisu.store..")
            .should().dependOnClassesThat().resideInAPackage("vn.nghisu.store.generated..")
            .because("generated jOOQ classes never leak above the store; repositories return domain records");

    @ArchTest
    static final ArchRule storeDependsOnlyDownward = noClasses().that().resideInAPackage("vn.nghisu.store..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "vn.nghisu.service..", "vn.nghisu.ui..",
                    "vn.nghisu.cli..", "vn.nghisu.app..", "vn.nghisu.minutes..", "vn.nghisu.exchange..")
            .because("layers depend downward only: the store knows nothing of screens, commands or documents");

    @ArchTest
    static final ArchRule servicesKnowNoScreens = noClasses().that()
            .resideInAnyPackage("vn.nghisu.service..", "vn.nghisu.minutes..", "vn.nghisu.exchange..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "vn.nghisu.ui..", "vn.nghisu.cli..",
                    "vn.nghisu.app..")
            .because("the window and the command line call the same services, so services cannot need a window");

    @ArchTest
    static final ArchRule uiAndCliAreSiblings = noClasses().that().resideInAPackage("vn.nghisu.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "vn.nghisu.ui..", "vn.nghisu.app..")
            .because("the command line runs without a window");

    @ArchTest
    static final ArchRule uiDoesNotUseJooq = noClasses().that().resideInAPackage("vn.nghisu.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "java.sql..", "vn.nghisu.cli..",
                    "vn.nghisu.app..")
            .because("screens go through services, which run off the JavaFX thread");

    @ArchTest
    static final ArchRule onlyAppExtendsApplication = classes().that().areAssignableTo("javafx.application.Application")
            .should().resideInAPackage("vn.nghisu.app..")
            .because("the composition root owns start-up");
}
