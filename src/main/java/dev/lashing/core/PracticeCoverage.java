package dev.lashing.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Which rules enforce each practice of the catalogue, in catalogue order; a practice may have none yet. */
public record PracticeCoverage(List<Entry> entries) {

    /** One practice with its title and the rules that enforce it (sorted by id). */
    public record Entry(String id, String title, List<RuleMeta> rules) {

        /** Copies the list. */
        public Entry {
            rules = List.copyOf(rules);
        }
    }

    /** Copies the list. */
    public PracticeCoverage {
        entries = List.copyOf(entries);
    }

    /** The coverage of every practice by the rules of {@code catalog}. */
    public static PracticeCoverage of(RuleCatalog catalog) {
        Map<String, List<RuleMeta>> byPractice = new LinkedHashMap<>();
        Practices.all().keySet().forEach(id -> byPractice.put(id, new ArrayList<>()));
        for (RuleMeta r : catalog.rules()) {
            for (String p : r.practices()) {
                byPractice.computeIfAbsent(p, k -> new ArrayList<>()).add(r);
            }
        }
        List<Entry> out = new ArrayList<>();
        byPractice.forEach((id, rules) -> out.add(new Entry(id, Practices.title(id).orElse("?"), rules)));
        return new PracticeCoverage(out);
    }

    /** The practices no rule enforces yet. */
    public List<Entry> uncovered() {
        return entries.stream().filter(e -> e.rules().isEmpty()).toList();
    }
}
