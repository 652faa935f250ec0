package dev.lashing.runtime.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class YamlCommentsTest {

    @Test
    void aHashAfterABlankOrAtTheStartBeginsAComment() {
        assertThat(YamlComments.strip("name: ACCESS_KEY    #REQUIRED")).isEqualTo("name: ACCESS_KEY");
        assertThat(YamlComments.strip("type: bind\n#read_only: true\ntarget: /b")).isEqualTo("type: bind\n\ntarget: /b");
        assertThat(YamlComments.strip("- 80:80\t# http")).isEqualTo("- 80:80");
    }

    @Test
    void aHashInsideAWordOrQuotesIsText() {
        assertThat(YamlComments.strip("PIHOLE_DNS_=172.20.0.2#5054")).isEqualTo("PIHOLE_DNS_=172.20.0.2#5054");
        assertThat(YamlComments.strip("value: \"a #b\" # c")).isEqualTo("value: \"a #b\"");
        assertThat(YamlComments.strip("value: 'it''s #1' # c")).isEqualTo("value: 'it''s #1'");
        assertThat(YamlComments.strip("value: \"a \\\" #b\"")).isEqualTo("value: \"a \\\" #b\"");
        assertThat(YamlComments.strip("value: don't # c")).isEqualTo("value: don't");
    }
}
