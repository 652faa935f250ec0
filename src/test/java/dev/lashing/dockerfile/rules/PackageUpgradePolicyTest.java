package dev.lashing.dockerfile.rules;

import dev.lashing.config.MapSettings;
import dev.lashing.testing.RuleTester;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PackageUpgradePolicyTest {
    private static final String FILE = """
            FROM debian:12
            # expect: %s
            RUN apt-get update && apt-get -y dist-upgrade
            # expect: %s
            RUN apt-get install -y --no-install-recommends curl
            RUN yum update curl
            """;

    @Test
    void trustBaseForbidsUpgrades() {
        RuleTester.of(PackageUpgradePolicy.class).withSettings(MapSettings.of(Map.of("base-updates", "trust-base")))
                .check(FILE.formatted("SH078", "").replace("# expect: \n", ""));
    }

    @Test
    void upgradeWantsThem() {
        RuleTester tester = RuleTester.of(PackageUpgradePolicy.class)
                .withSettings(MapSettings.of(Map.of("base-updates", "upgrade")));
        tester.check("""
                FROM debian:12
                # expect: SH078
                RUN apt-get update && apt-get install -y --no-install-recommends curl
                """);
        tester.check("""
                FROM debian:12
                RUN apt-get update && apt-get upgrade -y && apt-get install -y curl
                """);
    }

    @Test
    void withoutAPolicyNothingIsJudged() {
        RuleTester.of(PackageUpgradePolicy.class).check(FILE.replace("# expect: %s\n", ""));
    }
}
