package dev.lashing.image.rules;

import dev.lashing.core.Severity;
import dev.lashing.image.analyzers.Accounts;
import dev.lashing.image.analyzers.ImageFacts;
import dev.lashing.image.analyzers.RuntimeUser;
import dev.lashing.image.layer.LayerEntry;
import dev.lashing.image.layer.LayerEntry.EntryType;
import dev.lashing.rules.Rule;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Code the container runs (PATH, WorkingDir, Entrypoint/Cmd) that its non-root user can write. */
@Rule(
        id = "IM022",
        name = "image-runtime-user-can-write-code",
        summary = "The image's runtime user can modify the code it runs",
        severity = Severity.WARNING,
        practices = {"P33"},
        references = {"CWE-732", "https://docs.docker.com/build/building/best-practices/#user"})
public final class RuntimeUserCanWriteCode implements ImageRule {
    /** Findings per image before the rest is summed up in one. */
    static final int MAX_FINDINGS = 50;

    @Override
    public void check(ImageFacts image, ImageFindingSink findings) {
        Accounts accounts = image.get(Accounts.class).orElse(Accounts.NONE);
        RuntimeUser user = RuntimeUser.resolve(image.config().user(), accounts);
        if (user.isRoot()) {
            return; // running as root at all is image-config business (IM001)
        }
        if (!user.isResolved()) {
            findings.config("/config/User", "cannot tell whether the runtime user " + user.describe()
                    + " can write the image's code: " + user.reason(), Severity.INFO);
            return;
        }
        // writable directories, in path order, with the writable entries found beneath them
        Map<LayerEntry, Integer> beneath = new HashMap<>();
        Map<String, LayerEntry> writableDirs = new HashMap<>();
        List<LayerEntry> reported = new ArrayList<>();
        Map<LayerEntry, String> code = RuntimeCode.collect(image.config(), image.fileSystem());
        List<LayerEntry> sorted = new ArrayList<>(code.keySet());
        sorted.sort((a, b) -> a.path().compareTo(b.path()));
        for (LayerEntry e : sorted) {
            if (!user.canWrite(e.mode(), e.uid(), e.gid()) || isScratchDir(e)) {
                continue;
            }
            LayerEntry parent = writableAncestor(writableDirs, e);
            if (parent != null) {
                beneath.merge(parent, 1, Integer::sum);
                continue;
            }
            if (e.type() == EntryType.DIRECTORY) {
                writableDirs.put(e.path(), e);
            }
            reported.add(e);
        }
        int shown = 0;
        for (LayerEntry e : reported) {
            if (++shown > MAX_FINDINGS) {
                break;
            }
            int under = beneath.getOrDefault(e, 0);
            findings.file(e, e.absolutePath() + " (" + code.get(e) + ") is writable by the runtime user "
                    + user.describe() + " " + how(e, user, accounts)
                    + (under > 0 ? ", as are " + under + " entries beneath it" : "")
                    + ": the process can rewrite the code it runs, so an intruder's change persists; make code "
                    + "owned by root and not writable by the runtime user (COPY --chown=root:root), keeping "
                    + "writable only the directories it must write");
        }
        if (reported.size() > MAX_FINDINGS) {
            findings.image("and " + (reported.size() - MAX_FINDINGS) + " more code paths writable by the runtime user "
                    + user.describe() + ", not listed one by one");
        }
    }

    private static String how(LayerEntry e, RuntimeUser user, Accounts accounts) {
        String mode = FileModes.symbolic(e) + " " + accounts.describeUid(e.uid()) + ":" + accounts.describeGid(e.gid());
        if (e.uid() == user.uid()) {
            return "who owns it (" + mode + ")";
        }
        if (user.groups().contains(e.gid())) {
            return "through group " + accounts.describeGid(e.gid()) + " (" + mode + ")";
        }
        return "because it is world-writable (" + mode + ")";
    }

    private static boolean isScratchDir(LayerEntry e) {
        return e.type() == EntryType.DIRECTORY && (e.mode() & 01000) != 0;
    }

    private static LayerEntry writableAncestor(Map<String, LayerEntry> dirs, LayerEntry e) {
        for (int slash = e.path().lastIndexOf('/'); slash > 0; slash = e.path().lastIndexOf('/', slash - 1)) {
            LayerEntry d = dirs.get(e.path().substring(0, slash));
            if (d != null) {
                return d;
            }
        }
        return null;
    }
}
