package dev.lashing.core;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The tool's name, version and home page, as reports print them. */
public record ToolInfo(String name, String version, String informationUri) {

    /** Base address of the rule documentation pages (generated into {@code docs/rules/}). */
    public static final String DOCS_BASE = "https://github.com/lashing-dev/lashing/blob/main/docs/rules/";

    /** lashing's own info; the version comes from the build. */
    public static ToolInfo lashing() {
        String version = "dev";
        try (InputStream in = ToolInfo.class.getResourceAsStream("/dev/lashing/lashing.properties")) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                version = p.getProperty("version", version);
            }
        } catch (IOException e) {
            // the version is informational; keep "dev"
        }
        return new ToolInfo("lashing", version, "https://github.com/lashing-dev/lashing");
    }
}
