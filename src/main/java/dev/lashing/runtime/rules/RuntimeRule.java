package dev.lashing.runtime.rules;

import dev.lashing.runtime.model.ContainerSpec;

/** A rule that judges one container as a run-time input starts it. Rules never do IO. */
public interface RuntimeRule {

    /** Checks the container and reports findings. */
    void check(ContainerSpec spec, RuntimeFindingSink findings);
}
