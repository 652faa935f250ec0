package dev.lashing.runtime.docker;

import static dev.lashing.runtime.docker.RunLines.spec;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.runtime.model.ContainerRole;
import dev.lashing.runtime.model.ContainerSpec;
import dev.lashing.runtime.model.Origin;
import dev.lashing.runtime.model.SelinuxLabel;
import org.junit.jupiter.api.Test;

/** The primary group of {@code --user}, the role of a {@code --rm} line, and SELinux label options. */
class DockerRunGroupsAndRoleTest {

    @Test
    void theGroupPartOfUserIsTheNumericGroup() {
        ContainerSpec s = spec("docker run -u 1000:0 app");
        assertThat(s.runAsGroup().value()).isZero();
        assertThat(s.runAsGroup().text()).isEqualTo("-u 1000:0");
        assertThat(spec("docker run --user=app:root app").runAsGroup().value()).isZero();
        assertThat(spec("docker run --user 10001:10001 app").runAsGroup().value()).isEqualTo(10001L);
    }

    @Test
    void aGroupNameIsUnresolvedAndNoGroupIsTheImages() {
        ContainerSpec named = spec("docker run -u app:staff app");
        assertThat(named.runAsGroup().isUnresolved()).isTrue();
        assertThat(named.runAsGroup().text()).isEqualTo("-u app:staff");
        ContainerSpec none = spec("docker run -u 1000 app");
        assertThat(none.runAsGroup().isUnresolved()).isTrue();
        assertThat(none.runAsGroup().text()).isEmpty();
        ContainerSpec later = spec("docker run -u 1000:0 -u 1000 app");
        assertThat(later.runAsGroup().text()).isEmpty();
    }

    @Test
    void anExpandedUserLeavesTheGroupUnresolved() {
        ContainerSpec s = spec("docker run -u \"$UID:$GID\" app");
        assertThat(s.runAsGroup().isUnresolved()).isTrue();
        assertThat(s.runAsGroup().text()).contains("$GID");
    }

    @Test
    void aForegroundRmLineIsAJob() {
        ContainerSpec job = spec("docker run --rm -v \"$PWD\":/src builder make");
        assertThat(job.role().value()).isEqualTo(ContainerRole.JOB);
        assertThat(job.role().text()).isEqualTo("--rm");
        assertThat(spec("docker run --rm -d -p 8080:80 nginx").role().value()).isEqualTo(ContainerRole.SERVICE);
        assertThat(spec("docker run --detach --rm nginx").role().value()).isEqualTo(ContainerRole.SERVICE);
        ContainerSpec service = spec("docker run -d nginx");
        assertThat(service.role().value()).isEqualTo(ContainerRole.SERVICE);
        assertThat(service.role().origin()).isEqualTo(Origin.DEFAULT);
        assertThat(spec("docker run --rm=false nginx").role().value()).isEqualTo(ContainerRole.SERVICE);
    }

    @Test
    void labelOptionsBuildTheSelinuxLabel() {
        ContainerSpec s = spec("docker run --security-opt label=type:svirt_apache_t --security-opt label:level:s0:c100,c200"
                + " app");
        assertThat(s.selinuxLabel().value()).isEqualTo(new SelinuxLabel("", "", "svirt_apache_t", "s0:c100,c200"));
        assertThat(s.selinuxLabel().text()).isEqualTo("--security-opt label:level:s0:c100,c200");
        assertThat(spec("docker run --security-opt label=user:system_u app").selinuxLabel().value().user())
                .isEqualTo("system_u");
        assertThat(spec("docker run --security-opt label=disable app").selinuxLabel().value()).isEqualTo(SelinuxLabel.NONE);
        assertThat(spec("docker run app").selinuxLabel().origin()).isEqualTo(Origin.DEFAULT);
    }
}
