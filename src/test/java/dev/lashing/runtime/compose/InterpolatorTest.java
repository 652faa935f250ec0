package dev.lashing.runtime.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InterpolatorTest {
    private final List<String> problems = new ArrayList<>();

    private String run(String text, Map<String, String> env) {
        return new Interpolator(Variables.of(env), new Budget(Budget.DEFAULT_LIMIT)).interpolate(text, problems::add);
    }

    private String run(String text) {
        return run(text, Map.of("TAG", "1.25", "EMPTY", "", "USER_ID", "1000"));
    }

    @Test
    void plainAndBracedVariables() {
        assertThat(run("nginx:$TAG")).isEqualTo("nginx:1.25");
        assertThat(run("nginx:${TAG}-alpine")).isEqualTo("nginx:1.25-alpine");
        assertThat(run("${USER_ID}:${USER_ID}")).isEqualTo("1000:1000");
        assertThat(problems).isEmpty();
    }

    @Test
    void textWithoutDollarIsReturnedAsIs() {
        assertThat(run("no variables here")).isEqualTo("no variables here");
    }

    @Test
    void doubleDollarIsALiteralDollar() {
        assertThat(run("echo $$HOME and $${TAG}")).isEqualTo("echo $HOME and ${TAG}");
        assertThat(problems).isEmpty();
    }

    @Test
    void unsetVariableWithoutDefaultIsUnresolvedNotEmpty() {
        assertThat(run("nginx:${MISSING}")).isNull();
        assertThat(run("$MISSING")).isNull();
        assertThat(problems).isEmpty();
    }

    @Test
    void colonDashDefaultsWhenUnsetOrEmpty() {
        assertThat(run("${MISSING:-latest}")).isEqualTo("latest");
        assertThat(run("${EMPTY:-latest}")).isEqualTo("latest");
        assertThat(run("${TAG:-latest}")).isEqualTo("1.25");
    }

    @Test
    void dashDefaultsOnlyWhenUnset() {
        assertThat(run("${MISSING-latest}")).isEqualTo("latest");
        assertThat(run("${EMPTY-latest}")).isEmpty();
    }

    @Test
    void nestedDefaults() {
        assertThat(run("${MISSING:-${TAG}}")).isEqualTo("1.25");
        assertThat(run("${MISSING:-${OTHER:-fallback}}")).isEqualTo("fallback");
        assertThat(run("${MISSING:-a-${TAG}-b}")).isEqualTo("a-1.25-b");
        assertThat(run("${MISSING:-${OTHER}}")).isNull();
    }

    @Test
    void defaultIsNotEvaluatedWhenTheVariableIsSet() {
        assertThat(run("${TAG:-${NEEDED:?must be set}}")).isEqualTo("1.25");
        assertThat(problems).isEmpty();
    }

    @Test
    void requiredVariableMissingReportsTheMessageAndIsUnresolved() {
        assertThat(run("${DB_PASSWORD:?set DB_PASSWORD in .env}")).isNull();
        assertThat(problems).containsExactly("required variable DB_PASSWORD is missing a value: set DB_PASSWORD in .env");
    }

    @Test
    void colonQuestionRejectsEmptyButQuestionAcceptsIt() {
        assertThat(run("${EMPTY:?no}")).isNull();
        assertThat(run("${EMPTY?no}")).isEmpty();
        assertThat(run("${MISSING?gone}")).isNull();
        assertThat(problems).containsExactly("required variable EMPTY is missing a value: no",
                "required variable MISSING is missing a value: gone");
    }

    @Test
    void alternativeValues() {
        assertThat(run("${TAG:+set}")).isEqualTo("set");
        assertThat(run("${EMPTY:+set}")).isEmpty();
        assertThat(run("${EMPTY+set}")).isEqualTo("set");
        assertThat(run("${MISSING+set}")).isEmpty();
    }

    @Test
    void malformedExpressionsAreReportedAndUnresolved() {
        assertThat(run("echo $1")).isNull();
        assertThat(run("${TAG")).isNull();
        assertThat(run("${}")).isNull();
        assertThat(run("${TAG/a/b}")).isNull();
        assertThat(run("cost: 5$")).isNull();
        assertThat(problems).hasSize(5).allMatch(p -> p.startsWith("invalid interpolation") && p.contains("$$"));
    }

    @Test
    void variableValuesAreNotInterpolatedAgain() {
        assertThat(run("$A", Map.of("A", "${B}", "B", "x"))).isEqualTo("${B}");
    }

    @Test
    void unknownVariablesMakeEveryUseUnresolvedEvenWithDefaults() {
        Variables v = Variables.of(Map.of()).with("FROM_ENV_FILE", null);
        Interpolator i = new Interpolator(v, new Budget(Budget.DEFAULT_LIMIT));
        assertThat(i.interpolate("${FROM_ENV_FILE:-x}", problems::add)).isNull();
    }

    @Test
    void deepNestingIsRefusedNotOverflowed() {
        String deep = "${A:-".repeat(5000) + "x" + "}".repeat(5000);
        assertThat(run(deep)).isNull();
        assertThat(problems).singleElement().asString().contains("nested more than");
    }

    @Test
    void outputIsBoundedByTheBudget() {
        Interpolator i = new Interpolator(Variables.of(Map.of("BIG", "x".repeat(1000))), new Budget(1_000));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> i.interpolate("$BIG".repeat(100), problems::add))
                .isInstanceOf(Budget.Exceeded.class);
    }
}
