package org.neascn.framework.overlap;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.neascn.model.partner.PartnerRole;
import org.neascn.model.shared.InvalidValueException;
import org.neascn.model.shared.Require;

/**
 * The configuration of overlap analysis: the weight of each {@link OverlapComponent}, how many
 * overlaps to keep per plan, and how cooperation themes are formed. The defaults live in
 * {@code overlap-settings.properties} beside this class, with the reasons for each value:
 * concepts 0.30, indicators 0.15, SDG targets 0.15, target text 0.10, project text 0.10,
 * challenges 0.08, focus areas 0.07, indicator categories 0.05 (specific evidence outweighs
 * broad codes); top 10; themes of 3 to 8 members; knowledge partners, enablers
 * and financing partners fit.
 *
 * <p>Invariants: weights are finite and not negative, and at least one is positive; top-k is
 * at least 1; a theme has at least 2 members and its maximum is not below its minimum.
 */
public record OverlapSettings(Map<OverlapComponent, Double> weights, int topK, int minThemeMembers,
                              int maxThemeMembers, Set<PartnerRole> fittingPartnerRoles) {

    private static final String DEFAULTS = "overlap-settings.properties";

    public OverlapSettings {
        Require.present(weights, "weights");
        EnumMap<OverlapComponent, Double> all = new EnumMap<>(OverlapComponent.class);
        for (OverlapComponent c : OverlapComponent.values()) {
            Double w = weights.get(c);
            Require.that(w != null, "weights." + c, "is required");
            Require.that(Double.isFinite(w) && w >= 0, "weights." + c, "must be a finite number not below 0 (was " + w + ")");
            all.put(c, w);
        }
        Require.that(all.values().stream().mapToDouble(Double::doubleValue).sum() > 0, "weights",
                "at least one weight must be above 0");
        weights = java.util.Collections.unmodifiableMap(all);
        Require.that(topK >= 1, "topK", "must be at least 1 (was " + topK + ")");
        Require.that(minThemeMembers >= 2, "theme.minMembers", "must be at least 2 (was " + minThemeMembers + ")");
        Require.that(maxThemeMembers >= minThemeMembers, "theme.maxMembers",
                "must not be below theme.minMembers (" + maxThemeMembers + " < " + minThemeMembers + ")");
        fittingPartnerRoles = Set.copyOf(Require.set(fittingPartnerRoles, "theme.partnerRoles"));
    }

    /** The shipped defaults. */
    public static OverlapSettings defaults() {
        return fromProperties(readResource(), "defaults");
    }

    /** Settings from a properties file; keys it leaves out keep their default values. */
    public static OverlapSettings load(Path file) {
        Properties merged = readResource();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            merged.load(reader);
        } catch (IOException e) {
            throw new InvalidValueException("settings", "overlap settings file " + file + " could not be read: " + e.getMessage());
        }
        return fromProperties(merged, file.toString());
    }

    public double weight(OverlapComponent component) {
        return weights.get(component);
    }

    public double totalWeight() {
        return weights.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    /** These settings with another number of overlaps kept per plan. */
    public OverlapSettings withTopK(int k) {
        return new OverlapSettings(weights, k, minThemeMembers, maxThemeMembers, fittingPartnerRoles);
    }

    /** These settings with one weight changed. */
    public OverlapSettings withWeight(OverlapComponent component, double weight) {
        EnumMap<OverlapComponent, Double> changed = new EnumMap<>(weights);
        changed.put(component, weight);
        return new OverlapSettings(changed, topK, minThemeMembers, maxThemeMembers, fittingPartnerRoles);
    }

    private static Properties readResource() {
        Properties p = new Properties();
        try (InputStream in = OverlapSettings.class.getResourceAsStream(DEFAULTS)) {
            if (in == null) {
                throw new IllegalStateException("the default overlap settings " + DEFAULTS + " are missing from the library");
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("the default overlap settings could not be read", e);
        }
        return p;
    }

    private static OverlapSettings fromProperties(Properties p, String source) {
        EnumMap<OverlapComponent, Double> weights = new EnumMap<>(OverlapComponent.class);
        for (OverlapComponent c : OverlapComponent.values()) {
            String key = "weight." + camel(c);
            weights.put(c, number(p, key, source));
        }
        EnumSet<PartnerRole> roles = EnumSet.noneOf(PartnerRole.class);
        for (String role : p.getProperty("theme.partnerRoles", "").split(",")) {
            if (!role.isBlank()) {
                try {
                    roles.add(PartnerRole.valueOf(role.strip()));
                } catch (IllegalArgumentException e) {
                    throw new InvalidValueException("theme.partnerRoles", "'" + role.strip() + "' in " + source
                            + " is not a partner role; use one of " + Arrays.toString(PartnerRole.values()));
                }
            }
        }
        return new OverlapSettings(weights, (int) number(p, "topK", source), (int) number(p, "theme.minMembers", source),
                (int) number(p, "theme.maxMembers", source), roles);
    }

    private static double number(Properties p, String key, String source) {
        String value = p.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new InvalidValueException(key, "is missing from " + source);
        }
        try {
            return Double.parseDouble(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidValueException(key, "'" + value + "' in " + source + " is not a number");
        }
    }

    private static String camel(OverlapComponent c) {
        String[] parts = c.name().toLowerCase(java.util.Locale.ROOT).split("_");
        StringBuilder out = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            out.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
        }
        return out.toString();
    }
}
