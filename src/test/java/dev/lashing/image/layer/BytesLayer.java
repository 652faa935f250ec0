package dev.lashing.image.layer;

import dev.lashing.image.archive.LayerBlob;
import dev.lashing.image.oci.Digest;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Optional;

/** A layer held in memory as an uncompressed tar, for tests. */
record BytesLayer(int index, byte[] tar, Digest diffId) implements LayerBlob {

    BytesLayer(int index, byte[] tar) {
        this(index, tar, Digest.of("sha256", tar));
    }

    @Override
    public Optional<Digest> blobDigest() {
        return Optional.of(diffId);
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
        return diffId.verifying(new ByteArrayInputStream(tar), "layer " + index);
    }
}
