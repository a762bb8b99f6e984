package org.casebake.architecture;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import java.util.List;
import java.util.Optional;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * Keeps Casebake's packages in the shape of its pipeline (see {@code docs/architecture.md}): every class
 * of the shipped code lives in one of the packages below, packages form no cycle, and a package
 * imports only packages listed before it. Packages on the same line are peers and import neither
 * each other.
 */
@AnalyzeClasses(packages = "org.casebake", importOptions = ImportOption.DoNotIncludeTests.class)
class PipelineLayoutTest {

    /** Bottom to top: each package may import only the packages on the lines above it. */
    static final List<List<String>> LAYERS = List.of(
            List.of("problem"),
            List.of("source"),
            List.of("parse"),
            List.of("config"),
            List.of("model"),
            List.of("validate"),
            List.of("assemble"),
            List.of("render"),
            List.of("search"),
            List.of("publish"),
            List.of("build", "authoring"),
            List.of("serve"),
            List.of("cli"));

    private static final String ROOT = "org.casebake.";

    @ArchTest
    static final ArchRule everyClassLivesInAPackageOfTheLayout = classes()
            .should(liveInALayoutPackage())
            .because("a class in any other package escapes the pipeline's rules; docs/architecture.md "
                    + "says where each kind of class belongs");

    @ArchTest
    static final ArchRule packagesFormNoCycle = slices()
            .matching("org.casebake.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule importsPointDownThePipeline = classes()
            .should(importOnlyLowerLayers())
            .because("a stage may use what earlier stages produce, never the reverse");

    private static ArchCondition<JavaClass> liveInALayoutPackage() {
        return new ArchCondition<>("live in a package of the layout " + LAYERS) {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                if (rankOf(item.getPackageName()).isEmpty()) {
                    events.add(SimpleConditionEvent.violated(item, item.getName() + " is in package "
                            + item.getPackageName() + ", which is not in the layout"));
                }
            }
        };
    }

    private static ArchCondition<JavaClass> importOnlyLowerLayers() {
        return new ArchCondition<>("import only Casebake packages of lower layers") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                Optional<Integer> own = rankOf(item.getPackageName());
                if (own.isEmpty()) {
                    return; // reported by everyClassLivesInAPackageOfTheLayout
                }
                for (Dependency dependency : item.getDirectDependenciesFromSelf()) {
                    String target = dependency.getTargetClass().getPackageName();
                    if (!target.startsWith(ROOT) || samePackage(item.getPackageName(), target)) {
                        continue;
                    }
                    Optional<Integer> theirs = rankOf(target);
                    if (theirs.isEmpty() || theirs.get() >= own.get()) {
                        events.add(SimpleConditionEvent.violated(dependency, layerOf(item.getPackageName())
                                + " must not import " + layerOf(target) + ": " + dependency.getDescription()));
                    }
                }
            }
        };
    }

    private static boolean samePackage(String a, String b) {
        return layerOf(a).equals(layerOf(b));
    }

    /** The first name below {@code org.casebake}, for example {@code parse} for {@code org.casebake.parse}. */
    private static String layerOf(String packageName) {
        if (!packageName.startsWith(ROOT)) {
            return packageName;
        }
        String rest = packageName.substring(ROOT.length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    private static Optional<Integer> rankOf(String packageName) {
        String layer = layerOf(packageName);
        for (int rank = 0; rank < LAYERS.size(); rank++) {
            if (LAYERS.get(rank).contains(layer)) {
                return Optional.of(rank);
            }
        }
        return Optional.empty();
    }
}
