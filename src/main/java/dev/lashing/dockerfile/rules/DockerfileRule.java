package dev.lashing.dockerfile.rules;

import dev.lashing.rules.FindingSink;

/** A rule that judges a parsed Dockerfile. Rules never do IO. */
public interface DockerfileRule {

    /** Checks the file and reports findings. */
    void check(DockerfileContext context, FindingSink findings);
}
