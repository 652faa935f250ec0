package dev.lashing.rules;

import dev.lashing.core.FixAvailability;
import dev.lashing.core.Severity;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a rule class's metadata. Its prose lives beside the class as {@code <ClassName>.md}
 * (resources), with the sections What it does / Why is this bad? / Example / Use instead / Fix
 * safety / References.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Rule {

    /** Stable code with a stage prefix (DF, SH, IM, RT, HO, VU, SC, LA); never reused. */
    String id();

    /** Kebab-case name, e.g. {@code last-user-root}. */
    String name();

    /** One line saying what the rule flags. */
    String summary();

    /** Default severity. */
    Severity severity();

    /** Practice ids from PRACTICES.md that the rule enforces. */
    String[] practices();

    /** Equivalent codes of peer tools (hadolint DLxxxx, trivy DS-xxxx, checkov CKV_DOCKER_n, dockle ...). */
    String[] aliases() default {};

    /** References (CIS, CWE, documentation). */
    String[] references() default {};

    /** Whether the rule offers fixes. */
    FixAvailability fix() default FixAvailability.NONE;

    /** False for opt-in rules, enabled only when selected. */
    boolean enabledByDefault() default true;
}
