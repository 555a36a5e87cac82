package se.larmcentral.journal;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.zip.CRC32C;

/**
 * A row's checksum: CRC32C over every stored field, so a row changed outside the centre (by hand, by a broken disk)
 * is found at replay rather than silently applied. It detects accidents, not an attacker with database access (who
 * could recompute it); the database's own access control is for that.
 */
public final class RowChecksum {

    private RowChecksum() {
    }

    public static String of(StoredEvent row) {
        CRC32C crc = new CRC32C();
        String text = row.sequence() + "\n" + row.type() + "\n" + row.version() + "\n" + row.at() + "\n"
                + row.actorId() + "\n" + row.actorKind() + "\n" + row.payload();
        crc.update(text.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().toHexDigits((int) crc.getValue());
    }
}
