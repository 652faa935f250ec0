package dev.lashing.image.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.testing.ImageRuleTester;
import dev.lashing.testing.ImageRuleTester.Reported;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImagePrivilegedPortTest {
    private final ImageRuleTester tester = ImageRuleTester.of(ImagePrivilegedPort.class);

    @Test
    void lowPortsWithANonRootUserAreReportedPerPort() {
        List<Reported> r = tester.check(ImageRuleTester.image().user("10001").expose("80/tcp", "8080/tcp", "53/udp"));
        assertThat(r).extracting(Reported::target).containsExactly("/config/ExposedPorts/53~1udp",
                "/config/ExposedPorts/80~1tcp");
        assertThat(r.get(1).message()).contains("port 80/tcp").contains("\"10001\"").contains("CAP_NET_BIND_SERVICE");
    }

    @Test
    void rootOrUnsetUserIsLeftToTheRootRule() {
        assertThat(tester.check(ImageRuleTester.image().expose("80/tcp"))).isEmpty();
        assertThat(tester.check(ImageRuleTester.image().user("0:0").expose("80/tcp"))).isEmpty();
        assertThat(tester.check(ImageRuleTester.image().user("root").expose("443/tcp"))).isEmpty();
    }

    @Test
    void highPortsAndOddKeysAreFine() {
        assertThat(tester.check(ImageRuleTester.image().user("app").expose("8080/tcp", "1024/tcp", "0/tcp",
                "http/tcp", "65535"))).isEmpty();
    }
}
