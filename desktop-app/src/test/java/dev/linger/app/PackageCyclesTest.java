package dev.linger.app;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The app's packages depend on each other one way only: no cycle among any of them, the root
 * package {@code dev.linger.app} included (its classes use the others; none of the others uses it).
 * Each package is a slice of its own, so a cycle through a sub-package counts too.
 */
@AnalyzeClasses(packages = "dev.linger.app", importOptions = ImportOption.DoNotIncludeTests.class)
class PackageCyclesTest {
    /** Every class of the app in the slice of its own package. */
    private static final SliceAssignment BY_PACKAGE = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String pkg = javaClass.getPackageName();
            return pkg.equals("dev.linger.app") || pkg.startsWith("dev.linger.app.") ? SliceIdentifier.of(pkg)
                    : SliceIdentifier.ignore();
        }

        @Override
        public String getDescription() {
            return "the packages of dev.linger.app, the root package included";
        }
    };

    @ArchTest
    static final ArchRule noPackageCycles = slices().assignedFrom(BY_PACKAGE).should().beFreeOfCycles();
}
