package dev.lashing.runtime.quadlet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.core.InputError;
import dev.lashing.core.SourceFile;
import dev.lashing.runtime.model.ContainerRole;
import dev.lashing.runtime.model.ContainerSpec;
import dev.lashing.runtime.model.Loaded;
import dev.lashing.runtime.model.SelinuxLabel;
import org.junit.jupiter.api.Test;

/** A Quadlet unit's primary group ({@code Group=}), role ({@code Type=oneshot}) and SELinux label keys. */
class QuadletGroupsAndRoleTest {

    private static ContainerSpec unit(String text) {
        Loaded l = QuadletParser.parse(new SourceFile("units/app.container", text));
        assertThat(l.errors()).extracting(InputError::describe).isEmpty();
        return l.containers().get(0);
    }

    @Test
    void groupIsTheNumericGroup() {
        ContainerSpec s = unit("[Container]\nImage=app\nUser=1000\nGroup=0\n");
        assertThat(s.runAsGroup().value()).isZero();
        assertThat(s.runAsGroup().text()).isEqualTo("User=1000");
        assertThat(unit("[Container]\nImage=app\nUser=10001\nGroup=10001\n").runAsGroup().value()).isEqualTo(10001L);
        ContainerSpec none = unit("[Container]\nImage=app\nUser=10001\n");
        assertThat(none.runAsGroup().isUnresolved()).isTrue();
        assertThat(none.runAsGroup().text()).isEmpty();
    }

    @Test
    void aOneshotServiceIsAJob() {
        ContainerSpec job = unit("[Container]\nImage=app\nExec=/migrate\n\n[Service]\nType=oneshot\nRemainAfterExit=yes\n");
        assertThat(job.role().value()).isEqualTo(ContainerRole.JOB);
        assertThat(job.role().text()).isEqualTo("Type=oneshot");
        assertThat(unit("[Container]\nImage=app\n\n[Service]\nType=notify\n").role().value())
                .isEqualTo(ContainerRole.SERVICE);
        assertThat(unit("[Container]\nImage=app\n").role().value()).isEqualTo(ContainerRole.SERVICE);
    }

    @Test
    void securityLabelKeys() {
        ContainerSpec s = unit("[Container]\nImage=app\nSecurityLabelType=svirt_lxc_net_t\nSecurityLabelLevel=s0:c1\n");
        assertThat(s.selinuxLabel().value()).isEqualTo(new SelinuxLabel("", "", "svirt_lxc_net_t", "s0:c1"));
    }
}
