package dev.lashing.dockerfile.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.testing.RuleTester;
import org.junit.jupiter.api.Test;

class GemNotPinnedTest {
    private final RuleTester tester = RuleTester.of(GemNotPinned.class);

    @Test
    void eachUnpinnedGemIsFlaggedAtItsWord() {
        assertThat(tester.check("""
                FROM ruby:3.3
                # expect: SH019, SH019
                RUN gem install --no-document bundler rake:13.2.1 rails
                # expect: SH019
                RUN gem i -N --source https://rubygems.org nokogiri
                # expect: SH019
                ONBUILD RUN gem install puma
                """).get(0).location().text()).isEqualTo("bundler");
    }

    @Test
    void versionsFilesAndGemfilesPass() {
        tester.check("""
                FROM ruby:3.3
                RUN gem install bundler:2.5.16 rake:13.2.1
                RUN gem install bundler -v 2.5.16 && gem install rails --version '~> 7.1'
                RUN gem install ./pkg/app-1.0.gem $GEMS && gem install -g Gemfile
                RUN gem update --system && gem list && bundle install
                """);
    }
}
