package se.larmcentral.server;

import se.larmcentral.config.InvalidSettingException;
import se.larmcentral.config.Settings;
import se.larmcentral.core.InvalidInputException;
import se.larmcentral.geo.streets.OfflineMap;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The console's offline map from the settings: the streets, places and addresses of {@code geo.osmExtract}, the
 * search index kept under {@code dataDir/map-cache}; none without an extract (the console then draws tiles, when
 * configured, or the municipality boundaries alone).
 */
public final class OfflineMaps {

    private OfflineMaps() {
    }

    /** @throws InvalidSettingException naming {@code geo.osmExtract} when the extract cannot be read */
    public static Optional<OfflineMap> open(Settings settings, Consumer<String> console) {
        String extract = settings.geo().osmExtract();
        if (extract == null || extract.isBlank()) {
            console.accept("map: no streets or address search (geo.osmExtract is not set)");
            return Optional.empty();
        }
        try {
            return Optional.of(OfflineMap.open(Path.of(extract), settings.dataDir().resolve("map-cache"), console));
        } catch (InvalidInputException e) {
            throw new InvalidSettingException("geo.osmExtract", e.reason());
        }
    }
}
