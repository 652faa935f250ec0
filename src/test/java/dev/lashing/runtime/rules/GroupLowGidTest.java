package dev.lashing.runtime.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.core.Severity;
import dev.lashing.runtime.docker.DockerRunParser;
import dev.lashing.testing.RuntimeRuleTester;
import org.junit.jupiter.api.Test;

class GroupLowGidTest {
    private final RuntimeRuleTester tester = RuntimeRuleTester.of(GroupLowGid.class);

    @Test
    void aLowGidIsInfoInEachInputsWords() {
        assertThat(tester.check(DockerRunParser.parse("run.sh", "docker run -u 10001:1000 app").containers().get(0)))
                .singleElement().satisfies(r -> {
                    assertThat(r.target()).isEqualTo("-u 10001:1000");
                    assertThat(r.severity()).isEqualTo(Severity.INFO);
                    assertThat(r.message()).contains("GID 1000 (`-u 10001:1000`)", "`--user 10001:10001`");
                });
        assertThat(tester.check(RuntimeRuleTester.compose().runAsGroup(1000, "user: \"10001:1000\""))).singleElement()
                .satisfies(r -> assertThat(r.message()).contains("`user: \"10001:10001\"`"));
        assertThat(tester.check(RuntimeRuleTester.kubernetes().runAsGroup(3000, "runAsGroup: 3000"))).singleElement()
                .satisfies(r -> assertThat(r.message()).contains("`securityContext.runAsGroup: 10001`"));
        assertThat(tester.check(RuntimeRuleTester.quadlet().runAsGroup(999, "Group=999"))).singleElement()
                .satisfies(r -> assertThat(r.message()).contains("`Group=10001`"));
    }

    @Test
    void highRootUnsetAndNamedGroupsPass() {
        assertThat(tester.check(RuntimeRuleTester.kubernetes().runAsGroup(10001, "runAsGroup: 10001"))).isEmpty();
        assertThat(tester.check(RuntimeRuleTester.kubernetes().runAsGroup(0, "runAsGroup: 0"))).as("RT041's").isEmpty();
        assertThat(tester.check(RuntimeRuleTester.kubernetes())).as("the image's group").isEmpty();
        assertThat(tester.check(DockerRunParser.parse("run.sh", "docker run -u app:staff app").containers().get(0)))
                .isEmpty();
    }

    @Test
    void minGidFollowsMinUidUnlessSetItself() {
        tester.setting("min-uid", "1000");
        assertThat(tester.check(RuntimeRuleTester.kubernetes().runAsGroup(1000, "runAsGroup: 1000"))).isEmpty();
        assertThat(tester.check(RuntimeRuleTester.kubernetes().runAsGroup(999, "runAsGroup: 999"))).hasSize(1);
        tester.setting("min-gid", "5000");
        assertThat(tester.check(RuntimeRuleTester.kubernetes().runAsGroup(1000, "runAsGroup: 1000"))).hasSize(1);
    }
}
