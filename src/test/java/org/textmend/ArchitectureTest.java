package org.textmend;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.textmend.lexicon.LexiconCompiler;

/**
 * The package rules of DESIGN.md and STYLE.md, checked on the compiled classes: only {@code cli}
 * uses picocli, prints or exits, the layers depend downward only, the process layer knows nothing
 * of the command line, and the command line reaches the fixers only through the facade.
 */
@AnalyzeClasses(packages = "org.textmend", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  private static final String CLI = "org.textmend.cli..";

  /** A build-time tool run by Maven to compile the lexicon, not part of the library. */
  private static final String BUILD_TOOL = LexiconCompiler.class.getName();

  @ArchTest
  static final ArchRule onlyTheCliUsesPicocli =
      noClasses()
          .that()
          .resideOutsideOfPackage(CLI)
          .should()
          .dependOnClassesThat()
          .resideInAPackage("picocli..");

  @ArchTest
  static final ArchRule onlyTheCliPrints =
      noClasses()
          .that()
          .resideOutsideOfPackage(CLI)
          .and()
          .doNotHaveFullyQualifiedName(BUILD_TOOL)
          .should()
          .accessField(System.class, "out")
          .orShould()
          .accessField(System.class, "err")
          .orShould()
          .callMethod(Throwable.class, "printStackTrace");

  @ArchTest
  static final ArchRule onlyTheCliExits =
      noClasses()
          .that()
          .resideOutsideOfPackage(CLI)
          .should()
          .callMethod(System.class, "exit", int.class)
          .orShould()
          .callMethod(Runtime.class, "exit", int.class)
          .orShould()
          .callMethod(Runtime.class, "halt", int.class);

  @ArchTest
  static final ArchRule nothingButTheCliDependsOnIt =
      noClasses()
          .that()
          .resideOutsideOfPackage(CLI)
          .should()
          .dependOnClassesThat()
          .resideInAPackage(CLI);

  @ArchTest
  static final ArchRule ioKnowsNoFixingOrWords =
      noClasses()
          .that()
          .resideInAPackage("org.textmend.io..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.textmend.pipeline..", "org.textmend.fixers..", "org.textmend.lexicon..");

  @ArchTest
  static final ArchRule pipelineKnowsNoParticularFixer =
      noClasses()
          .that()
          .resideInAPackage("org.textmend.pipeline..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.textmend.fixers..", "org.textmend.io..");

  @ArchTest
  static final ArchRule fixersDoNotReadFiles =
      noClasses()
          .that()
          .resideInAnyPackage(
              "org.textmend.fixers..", "org.textmend.pipeline..", "org.textmend.lexicon..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.textmend.io..");

  @ArchTest
  static final ArchRule lexiconKnowsNoFixers =
      noClasses()
          .that()
          .resideInAPackage("org.textmend.lexicon..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.textmend.fixers..", "org.textmend.pipeline..");

  @ArchTest
  static final ArchRule processKnowsNoCommandLine =
      noClasses()
          .that()
          .resideInAPackage("org.textmend.process..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("picocli..", CLI);

  @ArchTest
  static final ArchRule cliGoesThroughTheFacadeNotTheFixers =
      noClasses()
          .that()
          .resideInAPackage(CLI)
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.textmend.fixers..");
}
