package dev.lashing.runtime.ports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.runtime.model.PortMapping;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class PortSyntaxTest {

    private static List<PortMapping> publish(String text) {
        ParsedPort p = PortSyntax.publish(text);
        assertThat(p.error()).as(text).isNull();
        return p.spec().mappings(Integer.MAX_VALUE);
    }

    private static PortMapping one(String text) {
        List<PortMapping> m = publish(text);
        assertThat(m).as(text).hasSize(1);
        return m.get(0);
    }

    private static String error(String text) {
        ParsedPort p = PortSyntax.publish(text);
        assertThat(p.ok()).as(text).isFalse();
        return p.error();
    }

    private static PortMapping at(int container, int host, String ip) {
        return PortMapping.published(container, "tcp", OptionalInt.of(host), ip);
    }

    private static PortMapping random(int container, String ip) {
        return PortMapping.published(container, "tcp", OptionalInt.empty(), ip);
    }

    @Test
    void everyPublishedFormReadsAsTheRuntimesReadIt() {
        assertThat(one("80")).isEqualTo(random(80, ""));
        assertThat(one("8080:80")).isEqualTo(at(80, 8080, ""));
        assertThat(one("127.0.0.1:8080:80")).isEqualTo(at(80, 8080, "127.0.0.1"));
        assertThat(one("0.0.0.0:8080:80")).isEqualTo(at(80, 8080, "0.0.0.0"));
        assertThat(one("127.0.0.1::80")).isEqualTo(random(80, "127.0.0.1"));
        assertThat(one("0.0.0.0::80")).isEqualTo(random(80, "0.0.0.0"));
        assertThat(one("0:80")).isEqualTo(random(80, ""));
    }

    @Test
    void ipv6AddressesBareOrInBrackets() {
        assertThat(one("[::1]:8080:80")).isEqualTo(at(80, 8080, "::1"));
        assertThat(one("::1:6000:6000")).isEqualTo(at(6000, 6000, "::1"));
        assertThat(one("[::]:8080:80")).isEqualTo(at(80, 8080, "::"));
        assertThat(one("[::1]::80")).isEqualTo(random(80, "::1"));
        assertThat(one("[2001:db8::7]:443:8443")).isEqualTo(at(8443, 443, "2001:db8::7"));
        assertThat(one("::ffff:10.0.0.1:80:80")).isEqualTo(at(80, 80, "::ffff:10.0.0.1"));
        assertThat(error("[::1]80")).contains("invalid host IP address");
        assertThat(error("[::1:80:80")).contains("invalid host IP address");
        assertThat(error("localhost:8080:80")).contains("invalid host IP address \"localhost\"");
        assertThat(error("1::2::3:80:80")).contains("invalid host IP address");
    }

    @Test
    void emptyPartsMeanDefaultsWhereTheRuntimesAllowThem() {
        assertThat(one(":80")).isEqualTo(random(80, ""));
        assertThat(one("::80")).isEqualTo(random(80, ""));
        assertThat(one(":8080:80")).isEqualTo(at(80, 8080, ""));
        assertThat(one("8080:80/")).isEqualTo(at(80, 8080, ""));
        assertThat(error("")).contains("empty port specification");
        assertThat(error("80:")).contains("invalid container port \"\"");
        assertThat(error("/udp")).contains("invalid container port");
        assertThat(error("8080:-80")).contains("invalid container port");
        assertThat(error("80-:80")).contains("invalid host port");
    }

    @Test
    void rangesExpandOnePerPortAndMustMatchInSize() {
        assertThat(publish("9090-9091:8080-8081")).containsExactly(at(8080, 9090, ""), at(8081, 9091, ""));
        assertThat(publish("1-65535")).hasSize(65535);
        assertThat(PortSyntax.publish("1-65535").spec().mappings(3)).hasSize(3);
        assertThat(one("8000-8010:80")).as("the runtime picks a host port from the range").isEqualTo(random(80, ""));
        assertThat(error("8000-8002:80-81")).contains("host port range 8000-8002 and the container port range 80-81 "
                + "differ in size");
        assertThat(error("8080:80-81")).contains("differ in size");
        assertThat(error("90-80")).contains("range \"90-80\": it ends before it starts");
        assertThat(error("5-1")).contains("ends before it starts");
    }

    @Test
    void outOfRangeAndNonNumericPortsAreErrors() {
        assertThat(error("70000:80")).contains("host port \"70000\" is out of range 0-65535");
        assertThat(error("80:70000")).contains("container port \"70000\" is out of range 1-65535");
        assertThat(error("65536")).contains("out of range");
        assertThat(error("99999999999999999999")).contains("out of range");
        assertThat(error("80:0")).contains("container port \"0\" is out of range 1-65535");
        assertThat(error("0")).contains("out of range 1-65535");
        assertThat(error("80:http")).contains("invalid container port \"http\"");
        assertThat(error("a:b")).contains("invalid");
        assertThat(error("+80")).contains("invalid container port");
        assertThat(one("65535:65535")).isEqualTo(at(65535, 65535, ""));
    }

    @Test
    void protocolsAreCaseInsensitiveAndLimitedToThree() {
        assertThat(one("53:53/UDP").protocol()).isEqualTo("udp");
        assertThat(one("9000/Sctp").protocol()).isEqualTo("sctp");
        assertThat(one("80").protocol()).isEqualTo("tcp");
        assertThat(error("80/icmp")).contains("invalid protocol \"icmp\"");
        assertThat(error("80/tcp/udp")).contains("invalid protocol \"tcp/udp\"");
    }

    @Test
    void exposedPortsAreNeverPublished() {
        ParsedPort p = PortSyntax.expose("8000-8001/udp");
        assertThat(p.spec().mappings(10)).containsExactly(PortMapping.exposed(8000, "udp"),
                PortMapping.exposed(8001, "udp"));
        assertThat(PortSyntax.expose("3000").spec().published()).isFalse();
        assertThat(PortSyntax.expose("8080:80").error()).contains("invalid container port \"8080:80\"");
        assertThat(PortSyntax.expose("0").error()).contains("out of range");
    }

    @Test
    void thePartsOfTheLongSyntaxReadAlike() {
        assertThat(PortSyntax.published("127.0.0.1", "8080", "80", "tcp").spec().mappings(1))
                .containsExactly(at(80, 8080, "127.0.0.1"));
        assertThat(PortSyntax.published("", "", "443", "").spec().mappings(1)).containsExactly(random(443, ""));
        assertThat(PortSyntax.published("[::1]", "9090-9091", "8080-8081", "TCP").spec().mappings(5))
                .containsExactly(at(8080, 9090, "::1"), at(8081, 9091, "::1"));
        assertThat(PortSyntax.published("my-host", "80", "80", "tcp").error()).contains("invalid host IP address");
        assertThat(PortSyntax.published("", "80", "80", "icmp").error()).contains("invalid protocol");
    }

    @Test
    void aHugeSpecificationIsReadInBoundedTime() {
        String colons = ":".repeat(200_000) + "80";
        assertThat(PortSyntax.publish(colons).ok()).isFalse();
        assertThat(PortSyntax.publish("1".repeat(100_000)).error()).contains("out of range");
        assertThat(error("x".repeat(10_000) + ":80:80")).hasSizeLessThan(200);
    }
}
