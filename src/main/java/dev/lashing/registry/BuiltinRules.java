package dev.lashing.registry;

import dev.lashing.core.RuleCatalog;
import dev.lashing.core.RuleMeta;
import dev.lashing.core.ToolInfo;
import dev.lashing.rules.RuleMetas;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The one list of every built-in rule, sorted by id, and the catalog built from it. */
public final class BuiltinRules {

    /** Every rule class. Keep sorted by id; the registry test checks it. */
    static final List<Class<?>> CLASSES = List.of(
            dev.lashing.dockerfile.rules.LastUserIsRoot.class,
            dev.lashing.dockerfile.rules.BaseImageLatest.class,
            dev.lashing.dockerfile.rules.AddInsteadOfCopy.class,
            dev.lashing.dockerfile.rules.SecretInEnvOrArg.class,
            dev.lashing.dockerfile.rules.MaintainerDeprecated.class,
            dev.lashing.dockerfile.rules.ShellFormCommand.class,
            dev.lashing.dockerfile.rules.DevelopmentServer.class,
            dev.lashing.dockerfile.rules.MissingHealthcheck.class,
            dev.lashing.dockerfile.rules.RelativeWorkdir.class,
            dev.lashing.dockerfile.rules.OverriddenEntrypoint.class,
            dev.lashing.dockerfile.rules.OverriddenCmd.class,
            dev.lashing.dockerfile.rules.OverriddenHealthcheck.class,
            dev.lashing.dockerfile.rules.DuplicateStageName.class,
            dev.lashing.dockerfile.rules.CopyFromCurrentStage.class,
            dev.lashing.dockerfile.rules.UnknownCopyFrom.class,
            dev.lashing.dockerfile.rules.CopyMultipleSourcesToFile.class,
            dev.lashing.dockerfile.rules.ExposedPortOutOfRange.class,
            dev.lashing.dockerfile.rules.ConstantPlatform.class,
            dev.lashing.dockerfile.rules.RedundantTargetPlatform.class,
            dev.lashing.dockerfile.rules.ReservedStageName.class,
            dev.lashing.dockerfile.rules.EnvSameInstructionReference.class,
            dev.lashing.dockerfile.rules.RelativeCopyDestination.class,
            dev.lashing.dockerfile.rules.CopyWholeFilesystem.class,
            dev.lashing.dockerfile.rules.InvalidLabelKey.class,
            dev.lashing.dockerfile.rules.WorkdirInSystemDirectory.class,
            dev.lashing.dockerfile.rules.VolumeOnSystemDirectory.class,
            dev.lashing.dockerfile.rules.SshPortExposed.class,
            dev.lashing.dockerfile.rules.UntrustedRegistry.class,
            dev.lashing.dockerfile.rules.UserNotHighNumericUid.class,
            dev.lashing.dockerfile.rules.SchemaLabelMissing.class,
            dev.lashing.dockerfile.rules.LabelNotInSchema.class,
            dev.lashing.dockerfile.rules.LabelSchemaInvalid.class,
            dev.lashing.dockerfile.rules.InlineSuppression.class,
            dev.lashing.dockerfile.rules.UnofficialHubImage.class,
            dev.lashing.dockerfile.rules.TlsVerificationDisabledEnv.class,
            dev.lashing.dockerfile.rules.AddUrlWithoutChecksum.class,
            dev.lashing.dockerfile.rules.SecretFileCopied.class,
            dev.lashing.dockerfile.rules.CopyThenDelete.class,
            dev.lashing.dockerfile.rules.InstallAtRuntime.class,
            dev.lashing.dockerfile.rules.MissingOciLabels.class,
            dev.lashing.dockerfile.rules.PrivilegedPortNonRoot.class,
            dev.lashing.dockerfile.rules.BaseImageNotDigestPinned.class,
            dev.lashing.dockerfile.rules.SlimVariantAvailable.class,
            dev.lashing.dockerfile.rules.EndOfLifeBaseImage.class,
            dev.lashing.dockerfile.rules.DockerignoreWeak.class,
            dev.lashing.dockerfile.rules.CopiedArchiveExtracted.class,
            dev.lashing.dockerfile.rules.FinalImageHasShell.class,
            dev.lashing.dockerfile.rules.CodeOwnedByRuntimeUser.class,
            dev.lashing.image.rules.ImageUserRoot.class,
            dev.lashing.image.rules.ImageMissingHealthcheck.class,
            dev.lashing.image.rules.ImageSecretInEnv.class,
            dev.lashing.image.rules.ImageSecretInHistory.class,
            dev.lashing.image.rules.ImageSensitiveVolume.class,
            dev.lashing.image.rules.ImagePrivilegedPort.class,
            dev.lashing.image.rules.ImageDevelopmentServer.class,
            dev.lashing.image.rules.ImageTooOld.class,
            dev.lashing.image.rules.ImageLatestTag.class,
            dev.lashing.image.rules.ImageMissingOciLabels.class,
            dev.lashing.image.rules.ImageEnvTlsDisabled.class,
            dev.lashing.image.rules.ImageSetuidFile.class,
            dev.lashing.image.rules.ImageWorldWritable.class,
            dev.lashing.image.rules.RuntimeUserCanWriteCode.class,
            dev.lashing.image.rules.NotGroupZeroWritable.class,
            dev.lashing.image.rules.EmptyPassword.class,
            dev.lashing.image.rules.DuplicateAccountId.class,
            dev.lashing.image.rules.UserLowUid.class,
            dev.lashing.image.rules.ImageDeviceFile.class,
            dev.lashing.image.rules.UidZeroByAnotherName.class,
            dev.lashing.image.rules.ShellOrPackageManagerPresent.class,
            dev.lashing.image.rules.SudoPresent.class,
            dev.lashing.image.rules.AttackerToolsShipped.class,
            dev.lashing.image.rules.BuildToolsShipped.class,
            dev.lashing.image.rules.CredentialLeftovers.class,
            dev.lashing.image.rules.PackageCacheShipped.class,
            dev.lashing.image.rules.EndOfLifeOs.class,
            dev.lashing.image.rules.ImageLarge.class,
            dev.lashing.image.rules.DeletedFilesStillShipped.class,
            dev.lashing.image.rules.SshServerShipped.class,
            dev.lashing.image.rules.ImageSecretInFile.class,
            dev.lashing.image.rules.PackageDatabaseRemoved.class,
            dev.lashing.rules.suppression.UnusedSuppression.class,
            dev.lashing.rules.suppression.InvalidSuppression.class,
            dev.lashing.runtime.rules.Privileged.class,
            dev.lashing.runtime.rules.CapabilitiesNotDropped.class,
            dev.lashing.runtime.rules.DangerousCapability.class,
            dev.lashing.runtime.rules.PrivilegeEscalation.class,
            dev.lashing.runtime.rules.RunsAsRoot.class,
            dev.lashing.runtime.rules.RunAsNonRootMissing.class,
            dev.lashing.runtime.rules.UserLowUid.class,
            dev.lashing.runtime.rules.RootFilesystemWritable.class,
            dev.lashing.runtime.rules.TmpfsExecAllowed.class,
            dev.lashing.runtime.rules.MemoryUnlimited.class,
            dev.lashing.runtime.rules.CpuUnlimited.class,
            dev.lashing.runtime.rules.PidsUnlimited.class,
            dev.lashing.runtime.rules.UlimitUnbounded.class,
            dev.lashing.runtime.rules.RestartUnbounded.class,
            dev.lashing.runtime.rules.HostNetwork.class,
            dev.lashing.runtime.rules.HostPid.class,
            dev.lashing.runtime.rules.HostIpc.class,
            dev.lashing.runtime.rules.HostUts.class,
            dev.lashing.runtime.rules.HostUserNamespace.class,
            dev.lashing.runtime.rules.DefaultBridgeNetwork.class,
            dev.lashing.runtime.rules.RuntimeSocketMounted.class,
            dev.lashing.runtime.rules.SensitiveHostPath.class,
            dev.lashing.runtime.rules.WritableHostMount.class,
            dev.lashing.runtime.rules.SharedMountPropagation.class,
            dev.lashing.runtime.rules.HostDevice.class,
            dev.lashing.runtime.rules.SeccompUnconfined.class,
            dev.lashing.runtime.rules.ApparmorUnconfined.class,
            dev.lashing.runtime.rules.SelinuxDisabled.class,
            dev.lashing.runtime.rules.ProcUnmasked.class,
            dev.lashing.runtime.rules.UnsafeSysctl.class,
            dev.lashing.runtime.rules.SecretInEnv.class,
            dev.lashing.runtime.rules.ImageLatest.class,
            dev.lashing.runtime.rules.ImageNotDigestPinned.class,
            dev.lashing.runtime.rules.DevelopmentServer.class,
            dev.lashing.runtime.rules.HealthcheckDisabled.class,
            dev.lashing.runtime.rules.ProbesMissing.class,
            dev.lashing.runtime.rules.PrivilegedPortNonRoot.class,
            dev.lashing.runtime.rules.OomKillDisabled.class,
            dev.lashing.runtime.rules.ServiceAccountToken.class,
            dev.lashing.runtime.rules.EnvTlsDisabled.class,
            dev.lashing.runtime.rules.RootGroup.class,
            dev.lashing.runtime.rules.SecurityContextMissing.class,
            dev.lashing.runtime.rules.DefaultNamespace.class,
            dev.lashing.runtime.rules.KubeSystemNamespace.class,
            dev.lashing.runtime.rules.WindowsHostProcess.class,
            dev.lashing.runtime.rules.DefaultServiceAccount.class,
            dev.lashing.runtime.rules.ResourceRequestsMissing.class,
            dev.lashing.runtime.rules.GroupLowGid.class,
            dev.lashing.runtime.rules.SelinuxCustomOptions.class,
            dev.lashing.runtime.rules.PortOnAllInterfaces.class,
            dev.lashing.runtime.rules.SshPortOpen.class,
            dev.lashing.runtime.rules.PrivilegedHostPort.class,
            dev.lashing.runtime.rules.ContainerHostPort.class,
            dev.lashing.runtime.rules.HostCgroupns.class,
            dev.lashing.dockerfile.rules.CurlPipedToShell.class,
            dev.lashing.dockerfile.rules.SudoUsed.class,
            dev.lashing.dockerfile.rules.AptInstallRecommends.class,
            dev.lashing.dockerfile.rules.AptListsNotRemoved.class,
            dev.lashing.dockerfile.rules.CdInRun.class,
            dev.lashing.dockerfile.rules.PipeWithoutPipefail.class,
            dev.lashing.dockerfile.rules.AptInstallWithoutYes.class,
            dev.lashing.dockerfile.rules.AptInsteadOfAptGet.class,
            dev.lashing.dockerfile.rules.ApkAddWithoutNoCache.class,
            dev.lashing.dockerfile.rules.PipCacheNotDisabled.class,
            dev.lashing.dockerfile.rules.YarnCacheNotCleaned.class,
            dev.lashing.dockerfile.rules.AptPackageNotPinned.class,
            dev.lashing.dockerfile.rules.ApkPackageNotPinned.class,
            dev.lashing.dockerfile.rules.PipPackageNotPinned.class,
            dev.lashing.dockerfile.rules.NpmPackageNotPinned.class,
            dev.lashing.dockerfile.rules.GemNotPinned.class,
            dev.lashing.dockerfile.rules.GoInstallNotPinned.class,
            dev.lashing.dockerfile.rules.YumInstallWithoutYes.class,
            dev.lashing.dockerfile.rules.DnfInstallWithoutYes.class,
            dev.lashing.dockerfile.rules.ZypperWithoutNonInteractive.class,
            dev.lashing.dockerfile.rules.YumCacheNotCleaned.class,
            dev.lashing.dockerfile.rules.DnfCacheNotCleaned.class,
            dev.lashing.dockerfile.rules.ZypperCacheNotCleaned.class,
            dev.lashing.dockerfile.rules.ZypperDistUpgrade.class,
            dev.lashing.dockerfile.rules.YumInstallUnpinned.class,
            dev.lashing.dockerfile.rules.DnfInstallUnpinned.class,
            dev.lashing.dockerfile.rules.ZypperInstallUnpinned.class,
            dev.lashing.dockerfile.rules.CurlAndWget.class,
            dev.lashing.dockerfile.rules.WgetWithoutProgress.class,
            dev.lashing.dockerfile.rules.InteractiveCommandInRun.class,
            dev.lashing.dockerfile.rules.LinkReplacesBinSh.class,
            dev.lashing.dockerfile.rules.UseraddLargeUidWithoutNoLogInit.class,
            dev.lashing.dockerfile.rules.ConsecutiveRuns.class,
            dev.lashing.dockerfile.rules.TlsVerificationDisabled.class,
            dev.lashing.dockerfile.rules.SignatureCheckDisabled.class,
            dev.lashing.dockerfile.rules.PasswordSetInRun.class,
            dev.lashing.dockerfile.rules.CredentialSetupInRun.class,
            dev.lashing.dockerfile.rules.SecretInRun.class,
            dev.lashing.dockerfile.rules.DownloadWithoutVerification.class,
            dev.lashing.dockerfile.rules.BuildToolsInShippedImage.class,
            dev.lashing.dockerfile.rules.AttackerToolsInShippedImage.class,
            dev.lashing.dockerfile.rules.PackageUpgradePolicy.class,
            dev.lashing.dockerfile.rules.SetuidNotStripped.class,
            dev.lashing.dockerfile.rules.WorldWritablePermissions.class,
            dev.lashing.dockerfile.rules.PackageUpdateAlone.class,
            dev.lashing.dockerfile.rules.SshServerInstalled.class);

    private static final List<RegisteredRule> ALL = instantiate();
    private static final Catalog CATALOG = new Catalog(ALL.stream().map(RegisteredRule::meta).toList());

    private BuiltinRules() {}

    /** Every rule with its implementation, sorted by id. */
    public static List<RegisteredRule> all() {
        return ALL;
    }

    /** The catalog of every rule, with documentation. */
    public static RuleCatalog catalog() {
        return CATALOG;
    }

    /** The class implementing the rule with {@code id}. */
    public static Optional<Class<?>> classOf(String id) {
        for (RegisteredRule r : ALL) {
            if (r.meta().id().equals(id)) {
                return Optional.of(r.implementation().getClass());
            }
        }
        return Optional.empty();
    }

    /** Finds a rule by id or name, case-insensitively. */
    public static Optional<RuleMeta> find(String idOrName) {
        String key = idOrName.toLowerCase(Locale.ROOT);
        return ALL.stream().map(RegisteredRule::meta)
                .filter(m -> m.id().toLowerCase(Locale.ROOT).equals(key) || m.name().equals(key)).findFirst();
    }

    private static List<RegisteredRule> instantiate() {
        List<RegisteredRule> out = new ArrayList<>();
        for (Class<?> c : CLASSES) {
            try {
                out.add(new RegisteredRule(RuleMetas.of(c), c.getDeclaredConstructor().newInstance()));
            } catch (InstantiationException | IllegalAccessException | InvocationTargetException
                    | NoSuchMethodException e) {
                throw new IllegalStateException("cannot instantiate rule " + c.getName(), e);
            }
        }
        out.sort(Comparator.comparing(r -> r.meta().id()));
        return List.copyOf(out);
    }

    /** Loads the Markdown documentation that sits beside a rule class. */
    static Optional<String> documentationOf(Class<?> ruleClass) {
        try (InputStream in = ruleClass.getResourceAsStream(ruleClass.getSimpleName() + ".md")) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Catalog(List<RuleMeta> rules) implements RuleCatalog {
        private static final ConcurrentHashMap<String, Optional<String>> DOCS = new ConcurrentHashMap<>();

        @Override
        public Optional<String> documentation(String ruleId) {
            return DOCS.computeIfAbsent(ruleId, id -> classOf(id).flatMap(BuiltinRules::documentationOf));
        }

        @Override
        public String helpUri(RuleMeta rule) {
            return ToolInfo.DOCS_BASE + rule.id() + ".md";
        }
    }
}
