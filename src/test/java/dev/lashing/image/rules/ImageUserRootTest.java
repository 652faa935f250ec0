package dev.lashing.image.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.testing.ImageRuleTester;
import dev.lashing.testing.ImageRuleTester.Reported;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImageUserRootTest {
    private final ImageRuleTester tester = ImageRuleTester.of(ImageUserRoot.class);

    @Test
    void emptyUserInheritsRoot() {
        List<Reported> r = tester.check(ImageRuleTester.image());
        assertThat(r).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo("CONFIG");
            assertThat(f.target()).isEqualTo("/config/User");
            assertThat(f.message()).contains("sets no User");
            assertThat(f.severity()).isNull();
        });
    }

    @Test
    void explicitRootByNameOrNumberWithOrWithoutGroup() {
        for (String user : List.of("root", "0", "0:0", "root:app", "00:1000")) {
            List<Reported> r = tester.check(ImageRuleTester.image().user(user));
            assertThat(r).as(user).singleElement().satisfies(f -> {
                assertThat(f.target()).isEqualTo("/config/User");
                assertThat(f.message()).contains("User \"" + user + "\"").contains("root");
            });
        }
    }

    @Test
    void nonRootUsersAreFine() {
        for (String user : List.of("app", "10001", "10001:0", "nobody", "1000:1000", "rootless", "100")) {
            assertThat(tester.check(ImageRuleTester.image().user(user))).as(user).isEmpty();
        }
    }
}
