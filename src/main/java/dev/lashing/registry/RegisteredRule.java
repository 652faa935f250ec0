package dev.lashing.registry;

import dev.lashing.core.RuleMeta;

/** A rule's metadata together with its implementation (one shared, stateless instance). */
public record RegisteredRule(RuleMeta meta, Object implementation) {}
