package dev.lashing.runtime.ports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HostAddressesTest {

    @Test
    void ipv4AddressesAreDottedQuadsWithoutLeadingZeros() {
        assertThat(HostAddresses.isValid("127.0.0.1")).isTrue();
        assertThat(HostAddresses.isValid("0.0.0.0")).isTrue();
        assertThat(HostAddresses.isValid("255.255.255.255")).isTrue();
        assertThat(HostAddresses.isValid("256.0.0.1")).isFalse();
        assertThat(HostAddresses.isValid("010.0.0.1")).isFalse();
        assertThat(HostAddresses.isValid("1.2.3")).isFalse();
        assertThat(HostAddresses.isValid("1.2.3.4.5")).isFalse();
        assertThat(HostAddresses.isValid("1..3.4")).isFalse();
        assertThat(HostAddresses.isValid("localhost")).isFalse();
        assertThat(HostAddresses.isValid("")).isFalse();
    }

    @Test
    void ipv6AddressesWithOneGapAndAnOptionalTrailingIpv4() {
        assertThat(HostAddresses.isValid("::")).isTrue();
        assertThat(HostAddresses.isValid("::1")).isTrue();
        assertThat(HostAddresses.isValid("fe80::1")).isTrue();
        assertThat(HostAddresses.isValid("2001:DB8:0:0:0:0:0:1")).isTrue();
        assertThat(HostAddresses.isValid("::ffff:192.168.1.1")).isTrue();
        assertThat(HostAddresses.isValid("1:2:3:4:5:6:7:8")).isTrue();
        assertThat(HostAddresses.isValid("1:2:3:4:5:6:7")).isFalse();
        assertThat(HostAddresses.isValid("1:2:3:4:5:6:7:8:9")).isFalse();
        assertThat(HostAddresses.isValid("1::2::3")).isFalse();
        assertThat(HostAddresses.isValid(":::")).isFalse();
        assertThat(HostAddresses.isValid(":1")).isFalse();
        assertThat(HostAddresses.isValid("12345::1")).isFalse();
        assertThat(HostAddresses.isValid("1.2.3.4::")).isFalse();
        assertThat(HostAddresses.isValid("fe80::1%eth0")).isFalse();
        assertThat(HostAddresses.isValid("g::1")).isFalse();
        assertThat(HostAddresses.isValid("1:".repeat(40))).isFalse();
    }

    @Test
    void everyInterfaceIsTheDefaultOrTheUnspecifiedAddress() {
        assertThat(HostAddresses.isEveryInterface("")).isTrue();
        assertThat(HostAddresses.isEveryInterface("0.0.0.0")).isTrue();
        assertThat(HostAddresses.isEveryInterface("::")).isTrue();
        assertThat(HostAddresses.isEveryInterface("[::]")).isTrue();
        assertThat(HostAddresses.isEveryInterface("0:0:0:0:0:0:0:0")).isTrue();
        assertThat(HostAddresses.isEveryInterface("::ffff:0.0.0.0")).isTrue();
        assertThat(HostAddresses.isEveryInterface("127.0.0.1")).isFalse();
        assertThat(HostAddresses.isEveryInterface("::1")).isFalse();
        assertThat(HostAddresses.isEveryInterface("192.168.1.10")).isFalse();
        assertThat(HostAddresses.isEveryInterface("not-an-address")).isFalse();
    }

    @Test
    void loopbackAddresses() {
        assertThat(HostAddresses.isLoopback("127.0.0.1")).isTrue();
        assertThat(HostAddresses.isLoopback("127.1.2.3")).isTrue();
        assertThat(HostAddresses.isLoopback("::1")).isTrue();
        assertThat(HostAddresses.isLoopback("::ffff:127.0.0.1")).isTrue();
        assertThat(HostAddresses.isLoopback("10.0.0.1")).isFalse();
        assertThat(HostAddresses.isLoopback("::")).isFalse();
        assertThat(HostAddresses.isLoopback("")).isFalse();
    }
}
