package org.textmend;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.textmend.lexicon.LexiconCompiler;
import org.textmend.lexicon.PairCompiler;

/**
 * The package rules of DESIGN.md and STYLE.md, checked on the compiled classes: only {@code cli}
 * uses picocli, prints or exits, the layers depend downward only, the process layer knows nothing
 * of the command line, the command line reaches the fixers only through the facade, the packages
 * form no cycle, and each engine package shows one public type.
 */
@AnalyzeClasses(packages = "org.textmend", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  private static final String CLI = "org.textmend.cli..";

  /** A build-time tool run by Maven to compile the lexicon, not part of the library. */
  private static final String BUILD_TOOL = LexiconCompiler.class.getName();

  private static final String PAIR_TOOL = PairCompiler.class.getName();

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
          .and()
          .doNotHaveFullyQualifiedName(PAIR_TOOL)
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

  /**
   * The engines behind the fixers. Each is package-private behind one public entry type, which the
   * fixers of the parent package call; the rest may change without a library user noticing.
   */
  private static final List<String> ENGINES =
      List.of(
          "org.textmend.fixers.words.boundary",
          "org.textmend.fixers.structure.header",
          "org.textmend.fixers.structure.furniture",
          "org.textmend.fixers.unicode.mojibake");

  @ArchTest
  static final ArchRule packagesFormNoCycle =
      slices().matching("org.textmend.(**)").should().beFreeOfCycles();

  @ArchTest
  static void eachEngineShowsOnePublicType(JavaClasses classes) {
    Map<String, TreeSet<String>> publicTypes = new TreeMap<>();
    for (String engine : ENGINES) {
      publicTypes.put(engine, new TreeSet<>());
    }
    for (JavaClass type : classes) {
      TreeSet<String> shown = publicTypes.get(type.getPackageName());
      // A nested type is reached through its enclosing type, so only top-level types count.
      if (shown != null
          && type.isTopLevelClass()
          && type.getModifiers().contains(JavaModifier.PUBLIC)) {
        shown.add(type.getSimpleName());
      }
    }
    // Exactly one: a second public type fails, and so does none, which would mean the package was
    // renamed and this list no longer checks it.
    publicTypes.forEach(
        (engine, shown) -> assertThat(shown).as("public types of %s", engine).hasSize(1));
  }
}
