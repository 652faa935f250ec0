package dev.lashing.core.suppress;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.core.suppress.SuppressionParser.Malformed;
import dev.lashing.core.suppress.SuppressionParser.NotADirective;
import dev.lashing.core.suppress.SuppressionParser.Parsed;
import org.junit.jupiter.api.Test;

class SuppressionParserTest {

    private static SuppressionDirective parsed(String body) {
        SuppressionParser.Result r = SuppressionParser.parse(body, 1);
        assertThat(r).isInstanceOf(Parsed.class);
        return ((Parsed) r).directive();
    }

    @Test
    void lashingIgnoreWithCodesAndReason() {
        SuppressionDirective d = parsed(" lashing ignore=DF001, SH002 -- base image already runs as root");
        assertThat(d.origin()).isEqualTo(SuppressionDirective.Origin.LASHING);
        assertThat(d.fileWide()).isFalse();
        assertThat(d.codes()).extracting(SuppressionDirective.Code::text).containsExactly("DF001", "SH002");
        assertThat(d.codes().get(1).range().start()).isEqualTo(1 + " lashing ignore=DF001, ".length());
        assertThat(d.reason()).contains("base image already runs as root");
    }

    @Test
    void globalFormAndNamesAsCodes() {
        SuppressionDirective d = parsed("lashing global ignore = last-user-root");
        assertThat(d.fileWide()).isTrue();
        assertThat(d.codes()).extracting(SuppressionDirective.Code::text).containsExactly("last-user-root");
    }

    @Test
    void hadolintPragmasWithReason() {
        SuppressionDirective d = parsed(" hadolint ignore=DL3008,SC2086 # pinning is done upstream");
        assertThat(d.origin()).isEqualTo(SuppressionDirective.Origin.HADOLINT);
        assertThat(d.codes()).hasSize(2);
        assertThat(d.reason()).contains("pinning is done upstream");
        assertThat(parsed(" hadolint global ignore=DL3003").fileWide()).isTrue();
    }

    @Test
    void ordinaryCommentsAreNotDirectives() {
        assertThat(SuppressionParser.parse(" install lashing later", 1)).isInstanceOf(NotADirective.class);
        assertThat(SuppressionParser.parse(" lashing is great", 1)).isInstanceOf(NotADirective.class);
        assertThat(SuppressionParser.parse(" lashing", 1)).isInstanceOf(NotADirective.class);
        assertThat(SuppressionParser.parse(" hadolint shell=powershell", 1)).isInstanceOf(NotADirective.class);
        assertThat(SuppressionParser.parse("lashingignore=x", 1)).isInstanceOf(NotADirective.class);
    }

    @Test
    void malformedLashingDirectivesAreReported() {
        assertThat(SuppressionParser.parse(" lashing ignore DF001", 1)).isInstanceOf(Malformed.class);
        assertThat(SuppressionParser.parse(" lashing ignore=", 1)).isInstanceOf(Malformed.class);
        assertThat(SuppressionParser.parse(" lashing ignore=DF001 because", 1)).isInstanceOf(Malformed.class);
        assertThat(SuppressionParser.parse(" lashing global DF001", 1)).isInstanceOf(Malformed.class);
        assertThat(SuppressionParser.parse(" hadolint ignore", 1)).isInstanceOf(NotADirective.class);
    }
}
