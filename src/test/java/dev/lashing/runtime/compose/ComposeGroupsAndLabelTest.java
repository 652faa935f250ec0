package dev.lashing.runtime.compose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.runtime.model.ContainerRole;
import dev.lashing.runtime.model.ContainerSpec;
import dev.lashing.runtime.model.Origin;
import dev.lashing.runtime.model.SelinuxLabel;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A compose service's primary group, role and SELinux label. */
class ComposeGroupsAndLabelTest {

    private static ContainerSpec service(String body) {
        return Compose.file("services:\n  app:\n    image: app\n" + body.indent(4)).one();
    }

    @Test
    void theGroupPartOfUserIsTheNumericGroup() {
        ContainerSpec s = service("user: \"1000:0\"\n");
        assertThat(s.runAsGroup().value()).isZero();
        assertThat(s.runAsUser().value()).isEqualTo(1000L);
        assertThat(s.runAsGroup().text()).contains("1000:0");
        assertThat(service("user: www-data:root\n").runAsGroup().value()).isZero();
        assertThat(service("user: \"10001:10001\"\n").runAsGroup().value()).isEqualTo(10001L);
    }

    @Test
    void aGroupNameIsUnresolvedAndNoGroupIsTheImages() {
        assertThat(service("user: app:staff\n").runAsGroup().isUnresolved()).isTrue();
        ContainerSpec none = service("user: \"1000\"\n");
        assertThat(none.runAsGroup().isUnresolved()).isTrue();
        assertThat(none.runAsGroup().text()).isEmpty();
    }

    @Test
    void anUnsetVariableLeavesTheGroupUnresolvedWithItsText() {
        ContainerSpec s = Compose.file("services:\n  app:\n    image: app\n    user: \"${UID}:${GID}\"\n")
                .env(Map.of("UID", "1000")).load().containers().get(0);
        assertThat(s.runAsGroup().isUnresolved()).isTrue();
        assertThat(s.runAsGroup().text()).contains("GID");
    }

    @Test
    void servicesAreServices() {
        ContainerSpec s = service("restart: \"no\"\n");
        assertThat(s.role().value()).isEqualTo(ContainerRole.SERVICE);
        assertThat(s.role().origin()).isEqualTo(Origin.DEFAULT);
        assertThat(s.namespace().value()).isEmpty();
        assertThat(s.serviceAccountName().value()).isEmpty();
    }

    @Test
    void labelOptionsInBothSpellings() {
        ContainerSpec s = service("security_opt:\n  - label:type:container_kvm_t\n  - label=role:system_r\n");
        assertThat(s.selinuxLabel().value()).isEqualTo(new SelinuxLabel("", "system_r", "container_kvm_t", ""));
        assertThat(service("security_opt: [\"label=disable\"]\n").selinuxLabel().value()).isEqualTo(SelinuxLabel.NONE);
        assertThat(service("security_opt: [\"label=disable\"]\n").selinuxDisabled().is(true)).isTrue();
    }

    @Test
    void anUnknownLabelOptionIsStillAnError() {
        var l = Compose.file("services:\n  a:\n    image: x\n    security_opt: [\"label=colour:blue\"]\n").load();
        assertThat(Compose.messages(l)).singleElement().asString().contains("unknown label option");
    }
}
