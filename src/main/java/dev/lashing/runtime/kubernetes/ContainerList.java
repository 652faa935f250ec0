package dev.lashing.runtime.kubernetes;

/** Which list of a pod spec a container comes from. */
enum ContainerList {
    /** {@code containers}. */
    CONTAINER("containers", "container"),
    /** {@code initContainers}. */
    INIT("initContainers", "init container"),
    /** {@code ephemeralContainers}. */
    EPHEMERAL("ephemeralContainers", "ephemeral container");

    private final String key;
    private final String label;

    ContainerList(String key, String label) {
        this.key = key;
        this.label = label;
    }

    /** The pod spec key of the list. */
    String key() {
        return key;
    }

    /** How a container of the list is named in messages. */
    String label() {
        return label;
    }
}
