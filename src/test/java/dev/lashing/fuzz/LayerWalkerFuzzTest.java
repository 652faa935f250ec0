package dev.lashing.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.lashing.image.archive.ImageException;
import dev.lashing.image.archive.LayerBlob;
import dev.lashing.image.layer.Analyzer;
import dev.lashing.image.layer.LayerEntry;
import dev.lashing.image.layer.LayerWalker;
import dev.lashing.image.layer.WalkLimits;
import dev.lashing.image.layer.WalkListener;
import dev.lashing.image.layer.WalkResult;
import dev.lashing.image.oci.Digest;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;

/**
 * Fuzzes the layer walker with arbitrary bytes as one or two layers: the only failure allowed is an
 * {@link ImageException}, and every entry that comes out has a clean path.
 */
class LayerWalkerFuzzTest {
    private static final WalkLimits SMALL = new WalkLimits(2_000, 4 << 20, 64 << 10, 4096, 100);

    private record Bytes(int index, byte[] tar) implements LayerBlob {
        @Override
        public Optional<Digest> blobDigest() {
            return Optional.empty();
        }

        @Override
        public Digest diffId() {
            return Digest.of("sha256", tar);
        }

        @Override
        public long storedSize() {
            return tar.length;
        }

        @Override
        public String compression() {
            return "none";
        }

        @Override
        public InputStream openTar() {
            return diffId().verifying(new ByteArrayInputStream(tar), "layer " + index);
        }
    }

    /** Reads every regular file it is offered, to exercise the content path. */
    private static final class ReadAll implements Analyzer {
        @Override
        public boolean wants(LayerEntry entry) {
            return true;
        }

        @Override
        public long maxContentBytes() {
            return 1024;
        }

        @Override
        public void accept(LayerEntry entry, InputStream content, boolean truncated) throws java.io.IOException {
            assertThat(content.readAllBytes().length).isLessThanOrEqualTo(1024);
        }
    }

    @FuzzTest(maxDuration = "30s")
    void onlyImageExceptionsEscape(FuzzedDataProvider data) throws InterruptedException {
        boolean two = data.consumeBoolean();
        byte[] first = two ? data.consumeBytes(data.consumeInt(0, 64 << 10)) : data.consumeRemainingAsBytes();
        List<LayerBlob> layers = two ? List.of(new Bytes(0, first), new Bytes(1, data.consumeRemainingAsBytes()))
                : List.of(new Bytes(0, first));
        WalkResult result;
        try {
            result = new LayerWalker(SMALL, 2).walk(layers, List.of(new ReadAll()), WalkListener.NONE);
        } catch (ImageException expected) {
            assertThat(expected.getMessage()).startsWith("layer ");
            return;
        }
        for (LayerEntry e : result.fileSystem().liveEntries()) {
            assertThat(e.path()).doesNotStartWith("/").doesNotContain("\0");
            if (!e.path().isEmpty()) {
                for (String segment : e.path().split("/", -1)) {
                    assertThat(segment).isNotEmpty().isNotEqualTo(".").isNotEqualTo("..");
                }
            }
        }
        assertThat(result.problems()).allSatisfy(p -> assertThat(p.reason()).doesNotStartWith("internal error"));
    }
}
