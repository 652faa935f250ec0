package dev.lashing.runtime.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.core.Severity;
import dev.lashing.testing.RuntimeRuleTester;
import dev.lashing.testing.RuntimeRuleTester.SpecBuilder;
import org.junit.jupiter.api.Test;

class RootGroupTest {
    private final RuntimeRuleTester tester = RuntimeRuleTester.of(RootGroup.class);

    private static SpecBuilder userAndGroup(SpecBuilder b, String user, String text) {
        return b.with(text, (s, at) -> {
            s.user = at.explicit(user);
            s.runAsUser = at.explicit(Long.parseLong(user.substring(0, user.indexOf(':'))));
            s.runAsGroup = at.explicit(Long.parseLong(user.substring(user.indexOf(':') + 1)));
        });
    }

    @Test
    void aRootPrimaryGroupIsReportedInEachInputsWords() {
        assertThat(tester.check(userAndGroup(RuntimeRuleTester.docker(), "1000:0", "-u 1000:0"))).singleElement()
                .satisfies(r -> {
                    assertThat(r.target()).isEqualTo("-u 1000:0");
                    assertThat(r.severity()).isEqualTo(Severity.WARNING);
                    assertThat(r.message()).contains("primary group is root (`-u 1000:0`)", "`--user 10001:10001`");
                });
        assertThat(tester.check(userAndGroup(RuntimeRuleTester.compose(), "1000:0", "user: \"1000:0\"")))
                .singleElement().satisfies(r -> assertThat(r.message()).contains("`user: \"10001:10001\"`"));
        assertThat(tester.check(userAndGroup(RuntimeRuleTester.quadlet(), "10001:0", "User=10001")))
                .singleElement().satisfies(r -> assertThat(r.message()).contains("`Group=10001`"));
        assertThat(tester.check(RuntimeRuleTester.kubernetes().runAsUser(10001, "runAsUser: 10001")
                .runAsGroup(0, "runAsGroup: 0"))).singleElement().satisfies(r -> {
                    assertThat(r.target()).isEqualTo("runAsGroup: 0");
                    assertThat(r.message()).contains("`securityContext.runAsGroup: 10001`");
                });
    }

    @Test
    void aRootFsGroupAndRootSupplementaryGroupsAreReportedEach() {
        assertThat(tester.check(RuntimeRuleTester.kubernetes().fsGroup(0, "fsGroup: 0")
                .groupAdd("0", "- 0").groupAdd("2000", "- 2000"))).extracting(RuntimeRuleTester.Reported::target)
                .containsExactly("fsGroup: 0", "- 0");
        assertThat(tester.check(RuntimeRuleTester.docker().groupAdd("root", "--group-add root"))).singleElement()
                .satisfies(r -> assertThat(r.message()).contains("supplementary group (`--group-add root`)",
                        "`--group-add`"));
        assertThat(tester.check(RuntimeRuleTester.compose().groupAdd("0", "group_add: [0]"))).hasSize(1);
        assertThat(tester.check(RuntimeRuleTester.quadlet().groupAdd("0", "GroupAdd=0"))).hasSize(1);
    }

    @Test
    void otherGroupsNamesAndDefaultsPass() {
        assertThat(tester.check(userAndGroup(RuntimeRuleTester.docker(), "10001:10001", "-u 10001:10001"))).isEmpty();
        assertThat(tester.check(RuntimeRuleTester.docker().groupAdd("wheel", "--group-add wheel"))).isEmpty();
        assertThat(tester.check(RuntimeRuleTester.kubernetes().fsGroup(2000, "fsGroup: 2000"))).isEmpty();
        assertThat(tester.check(RuntimeRuleTester.kubernetes())).isEmpty();
        assertThat(tester.check(RuntimeRuleTester.docker())).isEmpty();
    }

    @Test
    void aRootUserIsLeftToRunsAsRoot() {
        assertThat(tester.check(userAndGroup(RuntimeRuleTester.docker(), "0:0", "-u 0:0"))).isEmpty();
    }

    @Test
    void anUnrenderedKubernetesGroupIsUndecidedAtInfo() {
        assertThat(tester.check(RuntimeRuleTester.kubernetes().with("runAsGroup: {{ .Values.gid }}",
                (b, at) -> b.runAsGroup = at.unresolved()))).singleElement().satisfies(r -> {
                    assertThat(r.severity()).isEqualTo(Severity.INFO);
                    assertThat(r.message()).contains("cannot be decided");
                });
        assertThat(tester.check(RuntimeRuleTester.docker().with("-u $UID:$GID", (b, at) -> {
            b.user = at.unresolved();
            b.runAsGroup = at.unresolved();
        }))).as("the user's flag: RT005 says it is undecided").isEmpty();
    }
}
